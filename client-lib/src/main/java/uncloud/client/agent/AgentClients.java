package uncloud.client.agent;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import uncloud.client.internal.agent.PinnedAgentTls;
import uncloud.client.internal.agent.RetryInterceptor;

/**
 * Makes {@link AgentClient}s for the hosts of the fleet. They share one connection pool and dispatcher, so talking
 * to many hosts in parallel reuses keep-alive connections; each client keeps its own pin and timeout.
 */
public final class AgentClients implements AutoCloseable {
    private final ConsoleCertificate console;
    private final RetryPolicy retry;
    private final OkHttpClient shared;

    public AgentClients(ConsoleCertificate console, RetryPolicy retry) {
        this.console = console;
        this.retry = retry;
        this.shared = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                .build();
    }

    public AgentClients(ConsoleCertificate console) {
        this(console, RetryPolicy.DEFAULT);
    }

    public AgentClient forHost(AgentEndpoint endpoint) {
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
        return new AgentClient(endpoint, http);
    }

    @Override
    public void close() {
        shared.dispatcher().executorService().shutdown();
        shared.connectionPool().evictAll();
    }
}
