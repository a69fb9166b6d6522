package uncloud.app.hosts;

import uncloud.agent.protocol.Health;
import uncloud.client.UncloudException;
import uncloud.client.domain.Host;

/** Talks to the agent on a host. Blocking: call it from a background task. */
public interface HostAgents {
    /**
     * The agent's health over mutual TLS.
     *
     * @throws UncloudException with a message for people: the host is not onboarded, the agent cannot be reached, its
     *     certificate does not match the pinned one
     */
    Health health(Host host);

    /** For profiles without a console certificate: hosts can be listed, their agents not reached. */
    static HostAgents withoutCertificate() {
        return host -> {
            throw new UncloudException("This connection profile has no console certificate, so the console cannot"
                    + " reach host agents; the demo profile has one.");
        };
    }
}
