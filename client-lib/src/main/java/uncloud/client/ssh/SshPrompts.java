package uncloud.client.ssh;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the tunnel may ask the person at the console. Called on the thread that opens the tunnel, or on
 * a tunnel thread when a reconnect meets a host key it does not know; a UI implementation shows a
 * dialog on its toolkit thread and blocks the calling thread until the answer.
 */
public interface SshPrompts {
    /**
     * The host is not in known_hosts. Return true to trust it; it is then remembered in known_hosts.
     */
    boolean acceptUnknownHostKey(HostKeyFingerprint key);

    /**
     * The private key file is encrypted. Return its passphrase, or empty to skip this key. The caller
     * wipes the returned array after use.
     *
     * @param attempt 1 for the first ask, higher after a wrong passphrase
     */
    Optional<char[]> passphraseFor(Path keyFile, int attempt);

    /** Prompts for non-interactive use: trusts no unknown host and has no passphrases. */
    static SshPrompts refuseAll() {
        return new SshPrompts() {
            @Override
            public boolean acceptUnknownHostKey(HostKeyFingerprint key) {
                return false;
            }

            @Override
            public Optional<char[]> passphraseFor(Path keyFile, int attempt) {
                return Optional.empty();
            }
        };
    }
}
