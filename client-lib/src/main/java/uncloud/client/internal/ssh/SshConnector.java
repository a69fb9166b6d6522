package uncloud.client.internal.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.AuthenticationException;
import uncloud.client.ConnectionException;
import uncloud.client.HostKeyChangedException;
import uncloud.client.HostKeyRejectedException;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;
import uncloud.client.internal.Secrets;
import uncloud.client.ssh.SshPrompts;
import uncloud.client.ssh.SshTunnelSettings;

/**
 * Opens the chain of SSH sessions a tunnel needs. Keys are loaded (and passphrases asked) once, when
 * the connector is made, so a reconnect never prompts again.
 */
public final class SshConnector {
    private static final Logger log = LoggerFactory.getLogger(SshConnector.class);
    private static final int MAX_PASSPHRASE_ATTEMPTS = 3;
    private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private final JSch jsch = new JSch();
    private final SshTunnelSettings settings;
    private final List<ResolvedHop> hops;
    private final HostKeyGuard hostKeys;
    private final IdentityRepository identities;

    private SshConnector(SshTunnelSettings settings, SshPrompts prompts) {
        this.settings = settings;
        this.hops = SshConfigResolver.of(settings.sshConfig()).resolve(settings);
        this.hostKeys = new HostKeyGuard(loadKnownHosts(settings.knownHosts()), prompts);
        this.identities = loadIdentities(prompts);
    }

    /** Resolves the hops, reads known_hosts and loads the keys, asking for passphrases as needed. */
    public static SshConnector create(SshTunnelSettings settings, SshPrompts prompts) {
        return new SshConnector(settings, prompts);
    }

    /** The target as the person configured it, for messages. */
    public String targetName() {
        return hops.get(hops.size() - 1).toString();
    }

    public SessionChain connect() {
        List<Session> sessions = new ArrayList<>();
        try {
            for (ResolvedHop hop : hops) {
                Session session = newSession(hop, sessions.isEmpty() ? null : sessions.get(sessions.size() - 1));
                connect(session, hop);
                sessions.add(session);
            }
            return new SessionChain(sessions);
        } catch (RuntimeException e) {
            new SessionChain(sessions).disconnect();
            throw e;
        }
    }

    private Session newSession(ResolvedHop hop, Session via) {
        try {
            Session session = jsch.getSession(hop.user(), hop.hostName(), hop.port());
            session.setHostKeyRepository(hostKeys);
            session.setIdentityRepository(identities);
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey");
            session.setServerAliveInterval(Math.toIntExact(settings.keepAlive().toMillis()));
            session.setServerAliveCountMax(3);
            session.setDaemonThread(true);
            if (via != null) {
                session.setProxy(new JumpProxy(via));
            }
            return session;
        } catch (JSchException e) {
            throw new ConnectionException("Cannot prepare the SSH connection to " + hop + ": " + e.getMessage(), e);
        }
    }

    private void connect(Session session, ResolvedHop hop) {
        try {
            session.connect(Math.toIntExact(settings.connectTimeout().toMillis()));
            log.debug("SSH connected to {} ({})", hop, session.getCipherAlgorithmS2C());
        } catch (JSchException e) {
            throw translate(e, hop);
        }
    }

    private UncloudException translate(JSchException e, ResolvedHop hop) {
        Optional<HostKeyGuard.Refusal> refusal = hostKeys.lastRefusal();
        if (e instanceof JSchChangedHostKeyException && refusal.isPresent()) {
            return new HostKeyChangedException(
                    hop.knownHostsName(),
                    refusal.get().presented().sha256(),
                    settings.knownHosts().toString());
        }
        if (e instanceof JSchUnknownHostKeyException && refusal.isPresent()) {
            return new HostKeyRejectedException(
                    hop.knownHostsName(), refusal.get().presented().sha256());
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Auth fail") || message.contains("USERAUTH fail")) {
            return new AuthenticationException("The SSH server " + hop + " refused every key offered ("
                    + String.join(", ", keyNames()) + "). Check the key in the profile or load it into ssh-agent.");
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnknownHostException) {
            return new ConnectionException("Unknown SSH host " + hop.hostName() + ": check the profile's SSH host.", e);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return new ConnectionException("Cannot reach the SSH server " + hop + ": " + cause.getMessage(), e);
        }
        if (cause instanceof SocketTimeoutException || message.contains("timeout")) {
            return new ConnectionException(
                    "The SSH server " + hop + " did not answer within "
                            + settings.connectTimeout().toSeconds() + " s.",
                    e);
        }
        return new ConnectionException("SSH connection to " + hop + " failed: " + message, e);
    }

    private List<String> keyNames() {
        List<String> names = new ArrayList<>();
        identities.getIdentities().forEach(identity -> names.add(identity.getName()));
        return names.isEmpty() ? List.of("none") : names;
    }

    private com.jcraft.jsch.HostKeyRepository loadKnownHosts(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (!Files.exists(file)) {
                Files.createFile(file); // JSch only writes accepted keys to a file that exists
            }
            jsch.setKnownHosts(file.toString());
            return jsch.getHostKeyRepository();
        } catch (IOException | JSchException e) {
            throw new ValidationException("knownHosts", "Cannot use known_hosts file " + file + ": " + e.getMessage());
        }
    }

    private IdentityRepository loadIdentities(SshPrompts prompts) {
        for (Path key : keyFiles()) {
            addKeyFile(key, prompts);
        }
        List<IdentityRepository> sources = new ArrayList<>();
        sources.add(jsch.getIdentityRepository());
        agent().ifPresent(sources::add);
        return new CombinedIdentityRepository(sources);
    }

    private Set<Path> keyFiles() {
        Set<Path> keys = new LinkedHashSet<>(settings.identityFiles());
        for (Path explicit : settings.identityFiles()) {
            if (!Files.isReadable(explicit)) {
                throw new ValidationException(
                        "sshKey", "SSH key file " + explicit + " does not exist or is unreadable.");
            }
        }
        hops.forEach(
                hop -> hop.identityFiles().stream().filter(Files::isReadable).forEach(keys::add));
        if (keys.isEmpty()) {
            Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
            DEFAULT_KEYS.stream().map(ssh::resolve).filter(Files::isReadable).forEach(keys::add);
        }
        return keys;
    }

    private void addKeyFile(Path file, SshPrompts prompts) {
        try {
            KeyPair pair = KeyPair.load(jsch, file.toString());
            if (!pair.isEncrypted()) {
                jsch.addIdentity(file.toString());
                return;
            }
            for (int attempt = 1; attempt <= MAX_PASSPHRASE_ATTEMPTS; attempt++) {
                Optional<char[]> typed = prompts.passphraseFor(file, attempt);
                if (typed.isEmpty()) {
                    log.info("No passphrase given for {}; not offering it", file);
                    return;
                }
                byte[] passphrase = Secrets.utf8AndWipe(typed.get());
                try {
                    if (pair.decrypt(passphrase)) {
                        jsch.addIdentity(file.toString(), passphrase);
                        return;
                    }
                } finally {
                    Arrays.fill(passphrase, (byte) 0);
                }
            }
            throw new AuthenticationException(
                    "Wrong passphrase for SSH key " + file + " (" + MAX_PASSPHRASE_ATTEMPTS + " attempts).");
        } catch (JSchException e) {
            throw new ValidationException("sshKey", "Cannot read SSH key " + file + ": " + e.getMessage());
        }
    }

    private Optional<IdentityRepository> agent() {
        if (settings.agentSocket().isEmpty()) {
            return Optional.empty();
        }
        Path socket = settings.agentSocket().get();
        try {
            SSHAgentConnector connector = new SSHAgentConnector(socket);
            if (connector.isAvailable()) {
                return Optional.of(new AgentIdentityRepository(connector));
            }
            log.info("No ssh-agent answers at {}; offering key files only", socket);
        } catch (AgentProxyException e) {
            log.info("ssh-agent at {} is not usable: {}", socket, e.getMessage());
        }
        return Optional.empty();
    }
}
