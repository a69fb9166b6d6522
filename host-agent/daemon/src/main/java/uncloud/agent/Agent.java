package uncloud.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.agent.firewall.FirewallApplier;
import uncloud.agent.firewall.FirewallFeatures;
import uncloud.agent.host.CommandFailedException;
import uncloud.agent.host.CommandRunner;
import uncloud.agent.links.LinkApplier;
import uncloud.agent.protocol.ApplyResult;
import uncloud.agent.protocol.Checks;
import uncloud.agent.protocol.FirewallPreview;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.Health;
import uncloud.agent.protocol.ProtocolViolation;
import uncloud.agent.protocol.VmList;
import uncloud.agent.protocol.VmSpec;
import uncloud.agent.protocol.VmStatus;
import uncloud.agent.protocol.WireguardSpec;
import uncloud.agent.state.DesiredState;
import uncloud.agent.state.StateStore;
import uncloud.agent.vm.VmSupervisor;
import uncloud.agent.wireguard.WireguardApplier;

/**
 * The agent's one service: checks a request against the desired state, applies only the difference through the
 * appliers, then persists the new desired state. One change at a time.
 */
public final class Agent {
    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

    private final CommandRunner runner;
    private final StateStore store;
    private final String hostName;
    private final List<String> capabilities;
    private final FirewallApplier firewall;
    private final VmSupervisor vms;
    private final WireguardApplier wireguard;
    // volatile: health answers without waiting for a change in progress
    private volatile DesiredState desired;

    public Agent(
            CommandRunner runner,
            StateStore store,
            Path runDir,
            String hostName,
            List<String> capabilities,
            Duration powerdownTimeout)
            throws IOException {
        this.runner = runner;
        this.store = store;
        this.hostName = hostName;
        this.capabilities = List.copyOf(capabilities);
        this.firewall = new FirewallApplier(
                runner,
                capabilities.contains("nft") ? FirewallFeatures.probe(runner) : FirewallFeatures.MINIMAL,
                Duration.ofSeconds(30));
        this.vms = new VmSupervisor(runner, new LinkApplier(runner), runDir, powerdownTimeout);
        this.wireguard = new WireguardApplier(runner);
        this.desired = store.load();
    }

    public static String version() {
        String version = Agent.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-dev" : version;
    }

    /** Not synchronised: answers at once even while a long apply runs. */
    public Health health() {
        return new Health(
                version(),
                hostName,
                !runner.live(),
                capabilities,
                liveFirewallVersion(),
                List.copyOf(desired.vms().keySet()),
                List.copyOf(desired.wireguard().keySet()));
    }

    private Long liveFirewallVersion() {
        FirewallState live = firewall.live();
        return live == null ? null : live.version();
    }

    /** Puts the persisted desired state back on the host after a start; VMs that died stay down. */
    public synchronized List<String> reapply() {
        List<String> problems = new ArrayList<>();
        if (desired.firewall() != null) {
            attempt(problems, "firewall", () -> firewall.apply(desired.firewall()));
        }
        for (Map.Entry<String, WireguardSpec> entry : desired.wireguard().entrySet()) {
            attempt(problems, "wireguard " + entry.getKey(), () -> wireguard.apply(entry.getKey(), entry.getValue()));
        }
        for (Map.Entry<String, VmSpec> entry : desired.vms().entrySet()) {
            if (vms.actualState(entry.getKey()).equals(VmSupervisor.DIED)) {
                problems.add("VM " + entry.getKey() + " died while the agent was away; it stays down until asked");
                continue;
            }
            attempt(problems, "VM " + entry.getKey(), () -> vms.apply(entry.getKey(), entry.getValue()));
        }
        problems.forEach(LOG::warn);
        return problems;
    }

    public synchronized FirewallPreview previewFirewall(FirewallState next) {
        checkFirewallVersion(next);
        return firewall.preview(next);
    }

    public synchronized ApplyResult applyFirewall(FirewallState next) {
        checkFirewallVersion(next);
        DesiredState after = desired.withFirewall(next);
        if (after.equals(desired) && next.equals(firewall.live())) {
            return new ApplyResult(false, List.of());
        }
        // a large state takes a while to write and flush: do it while nft works, rename only after success
        CompletableFuture<StateStore.Prepared> prepared = CompletableFuture.supplyAsync(() -> prepare(after));
        ApplyResult result;
        try {
            result = firewall.apply(next);
        } catch (RuntimeException e) {
            // waited for, so the next request's temporary file is never the one removed
            try {
                discard(prepared.join());
            } catch (CompletionException ignored) {
                // nothing was written
            }
            throw e;
        }
        try {
            prepared.join().commit();
            desired = after;
        } catch (IOException | CompletionException e) {
            throw new ApiException(
                    500, "state_not_saved", "applied, but cannot save " + store.file() + ": " + e.getMessage(), null);
        }
        return result;
    }

    private StateStore.Prepared prepare(DesiredState state) {
        try {
            return store.prepare(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void discard(StateStore.Prepared prepared) {
        try {
            prepared.discard();
        } catch (IOException e) {
            LOG.warn("cannot remove an unused temporary state file: {}", e.getMessage());
        }
    }

    public synchronized ApplyResult putVm(String id, VmSpec spec) {
        vmId(id);
        for (int i = 0; i < spec.disks().size(); i++) {
            // checked here, not at qemu's start: a missing image must not leave taps behind
            if (runner.live()
                    && !java.nio.file.Files.exists(Path.of(spec.disks().get(i).path()))) {
                throw ApiException.invalid(
                        "disks[" + i + "].path",
                        "disk image " + spec.disks().get(i).path() + " does not exist on this host");
            }
        }
        List<String> ran = vms.apply(id, spec);
        persist(desired.withVm(id, spec));
        return new ApplyResult(!ran.isEmpty(), ran);
    }

    public synchronized VmList vms() {
        List<VmStatus> list = new ArrayList<>();
        for (Map.Entry<String, VmSpec> entry : desired.vms().entrySet()) {
            List<String> taps = new ArrayList<>();
            for (int i = 0; i < entry.getValue().interfaces().size(); i++) {
                taps.add(VmSpec.tapName(entry.getKey(), i));
            }
            list.add(new VmStatus(entry.getKey(), entry.getValue().state(), vms.actualState(entry.getKey()), taps));
        }
        return new VmList(list);
    }

    public synchronized ApplyResult deleteVm(String id) {
        vmId(id);
        VmSpec spec = desired.vms().get(id);
        if (spec == null) {
            throw ApiException.notFound("VM " + id + " is not on this host");
        }
        List<String> ran = vms.remove(id, spec);
        persist(desired.withVm(id, null));
        return new ApplyResult(true, ran);
    }

    public synchronized ApplyResult putWireguard(String name, WireguardSpec spec) {
        try {
            Checks.interfaceName("interface", name);
        } catch (ProtocolViolation e) {
            throw ApiException.invalid("interface", e.getMessage());
        }
        List<String> ran = wireguard.apply(name, spec);
        persist(desired.withWireguard(name, spec));
        return new ApplyResult(!ran.isEmpty(), ran);
    }

    private void checkFirewallVersion(FirewallState next) {
        FirewallState current = desired.firewall();
        if (current == null) {
            return;
        }
        if (next.version() < current.version()) {
            throw ApiException.conflict(
                    "version", "version " + next.version() + " is lower than the live version " + current.version());
        }
        if (next.version() == current.version() && !next.equals(current)) {
            throw ApiException.conflict(
                    "version",
                    "version " + next.version() + " is live with other rules; send the change as version "
                            + (current.version() + 1));
        }
    }

    private static void vmId(String id) {
        try {
            Checks.vmId("id", id);
        } catch (ProtocolViolation e) {
            throw ApiException.invalid("id", e.getMessage());
        }
    }

    private void persist(DesiredState next) {
        if (next.equals(desired)) {
            return;
        }
        try {
            store.save(next);
            desired = next;
        } catch (IOException e) {
            throw new ApiException(
                    500, "state_not_saved", "applied, but cannot save " + store.file() + ": " + e.getMessage(), null);
        }
    }

    private static void attempt(List<String> problems, String what, Runnable action) {
        try {
            action.run();
        } catch (CommandFailedException | ApiException e) {
            problems.add(what + ": " + e.getMessage());
        }
    }
}
