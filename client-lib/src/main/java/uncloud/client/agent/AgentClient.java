package uncloud.client.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import uncloud.agent.protocol.AgentJson;
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
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;
import uncloud.client.internal.agent.AgentErrors;
import uncloud.client.internal.agent.PinnedAgentTls;
import uncloud.client.internal.agent.RetryInterceptor;

/**
 * The console's connection to one host agent. Blocking and thread-safe; create it with {@link AgentClients}.
 *
 * <p>Failures arrive as the library's exceptions: {@link ValidationException} for a request the agent refused (with
 * the offending field), {@code NotFoundException}, {@code ConflictException} (a firewall version not above the live
 * one), {@link AgentException} when a host command failed, {@link ConnectionException} when the agent cannot be
 * reached or is not the pinned one.
 */
public final class AgentClient {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    /** Bodies above this travel gzipped: the agent accepts 1 MiB on the wire. */
    private static final int GZIP_ABOVE = 64 * 1024;

    private final AgentEndpoint endpoint;
    private final OkHttpClient http;
    private final HttpUrl base;
    private final ObjectMapper requests = AgentJson.mapper();
    // answers from a newer agent may carry fields this library does not know yet
    private final ObjectMapper answers = AgentJson.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    AgentClient(AgentEndpoint endpoint, OkHttpClient http) {
        this.endpoint = endpoint;
        this.http = http;
        this.base = new HttpUrl.Builder()
                .scheme("https")
                .host(endpoint.host())
                .port(endpoint.port())
                .build();
    }

    public AgentEndpoint endpoint() {
        return endpoint;
    }

    public Health health() {
        return call(get("/v1/health"), Health.class);
    }

    /** What {@link #applyFirewall} would run, and the per-interface diff against what is live; changes nothing. */
    public FirewallPreview previewFirewall(FirewallState state) {
        return call(send("POST", "/v1/firewall/preview", state), FirewallPreview.class);
    }

    /** Puts the firewall version live (nothing runs when it already is); a version below the live one conflicts. */
    public ApplyResult applyFirewall(FirewallState state) {
        return call(send("PUT", "/v1/firewall", state), ApplyResult.class);
    }

    public ApplyResult putVm(String vmId, VmSpec spec) {
        return call(send("PUT", "/v1/vms/" + vmId(vmId), spec), ApplyResult.class);
    }

    public VmList vms() {
        return call(get("/v1/vms"), VmList.class);
    }

    public ApplyResult deleteVm(String vmId) {
        return call(new Request.Builder().url(url("/v1/vms/" + vmId(vmId))).delete(), ApplyResult.class);
    }

    public ApplyResult putWireguard(String interfaceName, WireguardSpec spec) {
        try {
            Checks.interfaceName("interface", interfaceName);
        } catch (ProtocolViolation e) {
            throw new ValidationException(e.field(), e.getMessage());
        }
        return call(send("PUT", "/v1/wireguard/" + interfaceName, spec), ApplyResult.class);
    }

    private Request.Builder get(String path) {
        return new Request.Builder().url(url(path)).get();
    }

    private HttpUrl url(String path) {
        return base.resolve(path);
    }

    private static String vmId(String id) {
        try {
            return Checks.vmId("vmId", id);
        } catch (ProtocolViolation e) {
            throw new ValidationException(e.field(), e.getMessage());
        }
    }

    /** A request with a JSON body, gzipped when large (the agent accepts 1 MiB on the wire, 16 MiB decoded). */
    private Request.Builder send(String method, String path, Object value) {
        byte[] json;
        try {
            json = requests.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncloudException("cannot encode the request for agent " + endpoint + ": " + e.getMessage(), e);
        }
        Request.Builder builder = new Request.Builder().url(url(path));
        if (json.length <= GZIP_ABOVE) {
            return builder.method(method, RequestBody.create(json, JSON_TYPE));
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(json.length / 8);
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return builder.header("Content-Encoding", "gzip")
                .method(method, RequestBody.create(zipped.toByteArray(), JSON_TYPE));
    }

    private <T> T call(Request.Builder builder, Class<T> answer) {
        Request request = builder.build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw AgentErrors.from(endpoint.toString(), response.code(), text);
            }
            try {
                return answers.readValue(text, answer);
            } catch (JsonProcessingException e) {
                throw new AgentException(
                        "agent " + endpoint + " answered something unexpected: " + e.getOriginalMessage(), e);
            }
        } catch (IOException e) {
            if (!RetryInterceptor.certificateProblem(e)) {
                throw new ConnectionException("cannot reach agent " + endpoint + ": " + e.getMessage(), e);
            }
            throw new ConnectionException(
                    "agent " + endpoint + " failed the TLS handshake: " + pinMessage(e)
                            + " (check the pinned certificate of this host)",
                    e);
        }
    }

    private static String pinMessage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PinnedAgentTls.PinMismatch) {
                return cause.getMessage();
            }
        }
        return e.getMessage();
    }
}
