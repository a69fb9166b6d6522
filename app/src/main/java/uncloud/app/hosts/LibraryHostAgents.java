package uncloud.app.hosts;

import uncloud.agent.protocol.Health;
import uncloud.client.agent.AgentClients;
import uncloud.client.agent.AgentEndpoint;
import uncloud.client.agent.ConsoleCertificate;
import uncloud.client.agent.RetryPolicy;
import uncloud.client.domain.Host;

/** Reaches agents through client-lib's pinned mutual-TLS clients, with the console's certificate. */
public final class LibraryHostAgents implements HostAgents, AutoCloseable {
    private final AgentClients clients;

    public LibraryHostAgents(ConsoleCertificate console) {
        // a health check is cheap to repeat by hand; retrying would only delay the answer for a host that is down
        this.clients = new AgentClients(console, RetryPolicy.NONE);
    }

    @Override
    public Health health(Host host) {
        return clients.forHost(AgentEndpoint.of(host)).health();
    }

    @Override
    public void close() {
        clients.close();
    }
}
