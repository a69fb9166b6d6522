package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A hypervisor or VPN host running the agent. {@code sshHostKey} is the verified OpenSSH public key line;
 * {@code agentCertSha256} the pinned agent certificate's SHA-256 in lower-case hex. Both are null until the
 * host is onboarded.
 */
public record Host(
        long id,
        String fqdn,
        HostKind kind,
        String sshHostKey,
        String agentUrl,
        String agentCertSha256,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public Host {
        Objects.requireNonNull(fqdn, "fqdn");
        Objects.requireNonNull(kind, "kind");
    }

    public static Host create(String fqdn, HostKind kind) {
        return new Host(0, fqdn, kind, null, null, null, null, null, 0);
    }

    public Host withAgent(String newSshHostKey, String newAgentUrl, String newAgentCertSha256) {
        return new Host(id, fqdn, kind, newSshHostKey, newAgentUrl, newAgentCertSha256, createdAt, updatedAt, version);
    }
}
