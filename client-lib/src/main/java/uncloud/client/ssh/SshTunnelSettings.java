package uncloud.client.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uncloud.client.ValidationException;

/**
 * How to reach the database through SSH. Values left empty here are taken from {@code ~/.ssh/config}
 * the way OpenSSH would (HostName, User, Port, IdentityFile, ProxyJump).
 *
 * @param target the database host (an alias from the SSH config is fine)
 * @param jumpHosts hops in order, first one reached directly; empty means "as the SSH config says"
 * @param identityFiles private keys to offer, before those the SSH config names
 * @param agentSocket the ssh-agent whose keys to offer (by default {@code $SSH_AUTH_SOCK}); empty for none
 * @param remoteHost where the database listens, seen from the target (its loopback)
 * @param remotePort the database port there
 * @param knownHosts the known_hosts file to check and extend
 * @param sshConfig the OpenSSH client configuration to honour, if any
 * @param keepAlive interval of SSH keepalive messages; three unanswered ones drop the connection
 * @param connectTimeout per connection attempt and per hop
 * @param reconnectAttempts how often to try to re-establish a dropped connection before giving up
 */
public record SshTunnelSettings(
        SshEndpoint target,
        List<SshEndpoint> jumpHosts,
        List<Path> identityFiles,
        Optional<Path> agentSocket,
        String remoteHost,
        int remotePort,
        Path knownHosts,
        Optional<Path> sshConfig,
        Duration keepAlive,
        Duration connectTimeout,
        int reconnectAttempts) {

    public SshTunnelSettings {
        Objects.requireNonNull(target, "target");
        jumpHosts = List.copyOf(jumpHosts);
        identityFiles = List.copyOf(identityFiles);
        Objects.requireNonNull(agentSocket, "agentSocket");
        Objects.requireNonNull(remoteHost, "remoteHost");
        Objects.requireNonNull(knownHosts, "knownHosts");
        Objects.requireNonNull(sshConfig, "sshConfig");
        Objects.requireNonNull(keepAlive, "keepAlive");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (remotePort < 1 || remotePort > 65535) {
            throw new ValidationException("databasePort", "Database port " + remotePort + " is outside 1-65535.");
        }
        if (reconnectAttempts < 1) {
            throw new ValidationException("reconnectAttempts", "At least one reconnect attempt is needed.");
        }
    }

    /**
     * Settings for a PostgreSQL on the target's loopback port 5432, with the user's own known_hosts,
     * SSH config and agent.
     */
    public static SshTunnelSettings toDatabaseOn(SshEndpoint target) {
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        Path config = ssh.resolve("config");
        return new SshTunnelSettings(
                target,
                List.of(),
                List.of(),
                agentFromEnvironment(),
                "127.0.0.1",
                5432,
                ssh.resolve("known_hosts"),
                Files.isRegularFile(config) ? Optional.of(config) : Optional.empty(),
                Duration.ofSeconds(15),
                Duration.ofSeconds(10),
                3);
    }

    private static Optional<Path> agentFromEnvironment() {
        String socket = System.getenv("SSH_AUTH_SOCK");
        return socket == null || socket.isBlank() ? Optional.empty() : Optional.of(Path.of(socket));
    }

    public SshTunnelSettings withJumpHosts(List<SshEndpoint> hops) {
        return new SshTunnelSettings(
                target,
                hops,
                identityFiles,
                agentSocket,
                remoteHost,
                remotePort,
                knownHosts,
                sshConfig,
                keepAlive,
                connectTimeout,
                reconnectAttempts);
    }

    public SshTunnelSettings withIdentityFiles(List<Path> keys) {
        return new SshTunnelSettings(
                target,
                jumpHosts,
                keys,
                agentSocket,
                remoteHost,
                remotePort,
                knownHosts,
                sshConfig,
                keepAlive,
                connectTimeout,
                reconnectAttempts);
    }

    /** With the agent of {@code $SSH_AUTH_SOCK}, or without any agent. */
    public SshTunnelSettings withAgent(boolean agent) {
        return withAgentSocket(agent ? agentFromEnvironment() : Optional.empty());
    }

    public SshTunnelSettings withAgentSocket(Optional<Path> socket) {
        return new SshTunnelSettings(
                target,
                jumpHosts,
                identityFiles,
                socket,
                remoteHost,
                remotePort,
                knownHosts,
                sshConfig,
                keepAlive,
                connectTimeout,
                reconnectAttempts);
    }

    public SshTunnelSettings withRemote(String host, int port) {
        return new SshTunnelSettings(
                target,
                jumpHosts,
                identityFiles,
                agentSocket,
                host,
                port,
                knownHosts,
                sshConfig,
                keepAlive,
                connectTimeout,
                reconnectAttempts);
    }

    public SshTunnelSettings withKnownHosts(Path file) {
        return new SshTunnelSettings(
                target,
                jumpHosts,
                identityFiles,
                agentSocket,
                remoteHost,
                remotePort,
                file,
                sshConfig,
                keepAlive,
                connectTimeout,
                reconnectAttempts);
    }

    public SshTunnelSettings withSshConfig(Optional<Path> config) {
        return new SshTunnelSettings(
                target,
                jumpHosts,
                identityFiles,
                agentSocket,
                remoteHost,
                remotePort,
                knownHosts,
                config,
                keepAlive,
                connectTimeout,
                reconnectAttempts);
    }

    public SshTunnelSettings withKeepAlive(Duration interval) {
        return new SshTunnelSettings(
                target,
                jumpHosts,
                identityFiles,
                agentSocket,
                remoteHost,
                remotePort,
                knownHosts,
                sshConfig,
                interval,
                connectTimeout,
                reconnectAttempts);
    }
}
