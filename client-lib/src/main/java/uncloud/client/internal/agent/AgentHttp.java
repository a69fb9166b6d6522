package uncloud.client.internal.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import uncloud.agent.protocol.AgentJson;
import uncloud.client.AgentException;
import uncloud.client.ConnectionException;
import uncloud.client.UncloudException;
import uncloud.client.agent.AgentEndpoint;
import uncloud.client.agent.ConsoleCertificate;
import uncloud.client.agent.RetryPolicy;

/** JSON over pinned mutual TLS to one agent: encoding, gzip, retries, and errors turned into exceptions. */
public final class AgentHttp {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    /** Bodies above this travel gzipped: the agent accepts 1 MiB on the wire, 16 MiB decoded. */
    private static final int GZIP_ABOVE = 64 * 1024;

    private final AgentEndpoint endpoint;
    private final OkHttpClient http;
    private final HttpUrl base;
    private final ObjectMapper requests = AgentJson.mapper();
    // answers from a newer agent may carry fields this library does not know yet
    private final ObjectMapper answers = AgentJson.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AgentHttp(AgentEndpoint endpoint, OkHttpClient http) {
        this.endpoint = endpoint;
        this.http = http;
        this.base = new HttpUrl.Builder()
                .scheme("https")
                .host(endpoint.host())
                .port(endpoint.port())
                .build();
    }

    /** One pool and dispatcher for the whole fleet, so parallel calls to many hosts reuse connections. */
    public static OkHttpClient sharedClient() {
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                .build();
    }

    public static void close(OkHttpClient shared) {
        shared.dispatcher().executorService().shutdown();
        shared.connectionPool().evictAll();
    }

    public static AgentHttp forHost(
            OkHttpClient shared, ConsoleCertificate console, RetryPolicy retry, AgentEndpoint endpoint) {
        PinnedAgentTls tls = new PinnedAgentTls(console, endpoint.certificateSha256());
        Duration timeout = endpoint.timeout();
        OkHttpClient http = shared.newBuilder()
                .sslSocketFactory(tls.context().getSocketFactory(), tls.trustManager())
                .hostnameVerifier(tls.hostnameVerifier())
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout.multipliedBy(retry.attempts())
                        .plus(retry.firstDelay().multipliedBy(1L << retry.attempts())))
                .addInterceptor(new RetryInterceptor(retry))
                .build();
        return new AgentHttp(endpoint, http);
    }

    public <T> T get(String path, Class<T> answer) {
        return call(new Request.Builder().url(base.resolve(path)).get(), answer);
    }

    public <T> T delete(String path, Class<T> answer) {
        return call(new Request.Builder().url(base.resolve(path)).delete(), answer);
    }

    /** A request with a JSON body ({@code PUT} or {@code POST}), gzipped when large. */
    public <T> T send(String method, String path, Object body, Class<T> answer) {
        byte[] json;
        try {
            json = requests.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncloudException("cannot encode the request for agent " + endpoint + ": " + e.getMessage(), e);
        }
        Request.Builder builder = new Request.Builder().url(base.resolve(path));
        if (json.length <= GZIP_ABOVE) {
            return call(builder.method(method, RequestBody.create(json, JSON_TYPE)), answer);
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(json.length / 8);
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return call(
                builder.header("Content-Encoding", "gzip")
                        .method(method, RequestBody.create(zipped.toByteArray(), JSON_TYPE)),
                answer);
    }

    private <T> T call(Request.Builder builder, Class<T> answer) {
        try (Response response = http.newCall(builder.build()).execute()) {
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
