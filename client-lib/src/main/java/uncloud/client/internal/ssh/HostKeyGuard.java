package uncloud.client.internal.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.ssh.HostKeyFingerprint;
import uncloud.client.ssh.SshPrompts;

/**
 * Checks host keys against known_hosts. Unknown keys go to the person at the console, and are written
 * to known_hosts when accepted; a changed key is refused and never replaced. JSch runs with
 * {@code StrictHostKeyChecking=yes}, so whatever this returns other than OK aborts the connection.
 */
final class HostKeyGuard implements HostKeyRepository {
    private static final Logger log = LoggerFactory.getLogger(HostKeyGuard.class);

    /** Why the last connection attempt was refused, so the caller can say it precisely. */
    record Refusal(HostKeyFingerprint presented, boolean changed) {}

    private final HostKeyRepository knownHosts;
    private final SshPrompts prompts;
    private volatile Refusal lastRefusal;

    HostKeyGuard(HostKeyRepository knownHosts, SshPrompts prompts) {
        this.knownHosts = knownHosts;
        this.prompts = prompts;
    }

    @Override
    public int check(String host, byte[] key) {
        int verdict = knownHosts.check(host, key);
        if (verdict == OK) {
            return OK;
        }
        HostKeyFingerprint presented = fingerprint(host, key);
        if (verdict == CHANGED) {
            log.warn("Host key of {} does not match known_hosts; presented {}", host, presented);
            lastRefusal = new Refusal(presented, true);
            return CHANGED;
        }
        if (prompts.acceptUnknownHostKey(presented)) {
            try {
                knownHosts.add(new HostKey(host, key), null);
            } catch (JSchException e) {
                throw new IllegalStateException("JSch rejected a host key it had just received", e);
            }
            log.info("Added host key of {} ({}) to known_hosts", host, presented);
            return OK;
        }
        lastRefusal = new Refusal(presented, false);
        return NOT_INCLUDED;
    }

    Optional<Refusal> lastRefusal() {
        return Optional.ofNullable(lastRefusal);
    }

    static HostKeyFingerprint fingerprint(String host, byte[] key) {
        String type;
        try {
            type = new HostKey(host, key).getType();
        } catch (JSchException e) {
            type = "unknown";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return new HostKeyFingerprint(
                    host, type, "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        knownHosts.add(hostkey, ui);
    }

    @Override
    public void remove(String host, String type) {
        knownHosts.remove(host, type);
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        knownHosts.remove(host, type, key);
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return knownHosts.getKnownHostsRepositoryID();
    }

    @Override
    public HostKey[] getHostKey() {
        return knownHosts.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return knownHosts.getHostKey(host, type);
    }
}
