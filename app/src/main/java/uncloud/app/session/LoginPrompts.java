package uncloud.app.session;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Questions a login may need to ask the person at the console. Called on the login's background
 * thread; the console's implementation shows a dialog on the UI thread and waits for the answer.
 */
@FunctionalInterface
public interface LoginPrompts {
    /** The SSH host's key is not known yet: true trusts it (it is then remembered in known_hosts). */
    boolean trustUnknownHostKey(String host, String fingerprint);

    /**
     * The SSH private key {@code keyFile} is encrypted: its passphrase, or empty to skip the key. The
     * caller wipes the returned array once the key is decrypted (or found wrong). By default no
     * passphrase is known, so prompts that only decide on host keys can stay lambdas.
     *
     * @param attempt 1 for the first ask, higher after the previous passphrase was wrong
     */
    default Optional<char[]> passphraseFor(Path keyFile, int attempt) {
        return Optional.empty();
    }

    /** For logins without a person to ask: no unknown host is trusted, no encrypted key is unlocked. */
    static LoginPrompts refuseAll() {
        return (host, fingerprint) -> false;
    }
}
