package uncloud.client.agent;

import okhttp3.OkHttpClient;
import uncloud.client.internal.agent.AgentHttp;

/**
 * Makes {@link AgentClient}s for the hosts of the fleet. They share one connection pool and dispatcher, so talking
 * to many hosts in parallel reuses keep-alive connections; each client keeps its own pin and timeout.
 */
public final class AgentClients implements AutoCloseable {
    private final ConsoleCertificate console;
    private final RetryPolicy retry;
    private final OkHttpClient shared = AgentHttp.sharedClient();

    public AgentClients(ConsoleCertificate console, RetryPolicy retry) {
        this.console = console;
        this.retry = retry;
    }

    public AgentClients(ConsoleCertificate console) {
        this(console, RetryPolicy.DEFAULT);
    }

    public AgentClient forHost(AgentEndpoint endpoint) {
        return new AgentClient(endpoint, AgentHttp.forHost(shared, console, retry, endpoint));
    }

    @Override
    public void close() {
        AgentHttp.close(shared);
    }
}
