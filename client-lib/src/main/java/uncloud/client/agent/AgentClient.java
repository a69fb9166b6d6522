package uncloud.client.agent;

import uncloud.agent.protocol.ApplyResult;
import uncloud.agent.protocol.Checks;
import uncloud.agent.protocol.FirewallPreview;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.Health;
import uncloud.agent.protocol.ProtocolViolation;
import uncloud.agent.protocol.VmList;
import uncloud.agent.protocol.VmSpec;
import uncloud.agent.protocol.WireguardSpec;
import uncloud.client.AgentException;
import uncloud.client.ConnectionException;
import uncloud.client.ValidationException;
import uncloud.client.internal.agent.AgentHttp;

/**
 * The console's connection to one host agent. Blocking and thread-safe; create it with {@link AgentClients}.
 *
 * <p>Failures arrive as the library's exceptions: {@link ValidationException} for a request the agent refused (with
 * the offending field), {@code NotFoundException}, {@code ConflictException} (a firewall version not above the live
 * one), {@link AgentException} when a host command failed, {@link ConnectionException} when the agent cannot be
 * reached or is not the pinned one.
 */
public final class AgentClient {
    private final AgentEndpoint endpoint;
    private final AgentHttp http;

    AgentClient(AgentEndpoint endpoint, AgentHttp http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    public AgentEndpoint endpoint() {
        return endpoint;
    }

    public Health health() {
        return http.get("/v1/health", Health.class);
    }

    /** What {@link #applyFirewall} would run, and the per-interface diff against what is live; changes nothing. */
    public FirewallPreview previewFirewall(FirewallState state) {
        return http.send("POST", "/v1/firewall/preview", state, FirewallPreview.class);
    }

    /** Puts the firewall version live (nothing runs when it already is); a version below the live one conflicts. */
    public ApplyResult applyFirewall(FirewallState state) {
        return http.send("PUT", "/v1/firewall", state, ApplyResult.class);
    }

    /** Brings VM {@code vmId} (10 hex digits) to the desired state: taps, then start or stop. */
    public ApplyResult putVm(String vmId, VmSpec spec) {
        return http.send("PUT", "/v1/vms/" + vmId(vmId), spec, ApplyResult.class);
    }

    /** Desired and actual state of every VM the agent knows; {@code died} means its process ended unasked. */
    public VmList vms() {
        return http.get("/v1/vms", VmList.class);
    }

    /** Stops the VM if it runs, removes its taps and forgets it. */
    public ApplyResult deleteVm(String vmId) {
        return http.delete("/v1/vms/" + vmId(vmId), ApplyResult.class);
    }

    /** Configures one WireGuard interface (created when missing) with {@code wg syncconf}. */
    public ApplyResult putWireguard(String interfaceName, WireguardSpec spec) {
        try {
            Checks.interfaceName("interface", interfaceName);
        } catch (ProtocolViolation e) {
            throw new ValidationException(e.field(), e.getMessage());
        }
        return http.send("PUT", "/v1/wireguard/" + interfaceName, spec, ApplyResult.class);
    }

    private static String vmId(String id) {
        try {
            return Checks.vmId("vmId", id);
        } catch (ProtocolViolation e) {
            throw new ValidationException(e.field(), e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "AgentClient[" + endpoint + "]";
    }
}
