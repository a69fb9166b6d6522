package uncloud.app.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uncloud.app.session.LoginPrompts;
import uncloud.app.session.Session;
import uncloud.app.session.SessionOpener;
import uncloud.client.AuthenticationException;
import uncloud.client.HostKeyRejectedException;
import uncloud.client.profile.ConnectStep;
import uncloud.client.profile.ConnectionProfile;

/**
 * Runs the login steps of a profile (no tunnel for the demo) and fails at a chosen step, or asks the
 * host-key question or an encrypted key's passphrase first when told to.
 */
public final class ScriptedSessionOpener implements SessionOpener {
    private final Session session;
    private ConnectStep failAt;
    private RuntimeException failure;
    private String unknownHostFingerprint;
    private Path encryptedKey;
    private String keyPassphrase;
    private final List<String> passwordsSeen = new ArrayList<>();
    private char[] lastPassword;

    public ScriptedSessionOpener(Session session) {
        this.session = session;
    }

    public ScriptedSessionOpener failAt(ConnectStep step, RuntimeException failure) {
        this.failAt = step;
        this.failure = failure;
        return this;
    }

    public ScriptedSessionOpener askAboutHostKey(String fingerprint) {
        this.unknownHostFingerprint = fingerprint;
        return this;
    }

    /** The profile's SSH key is encrypted with {@code passphrase}: the tunnel step asks for it, up to 3 times. */
    public ScriptedSessionOpener keyEncryptedWith(Path key, String passphrase) {
        this.encryptedKey = key;
        this.keyPassphrase = passphrase;
        return this;
    }

    public List<String> passwordsSeen() {
        return passwordsSeen;
    }

    /** The array the opener was handed, after the login finished with it. */
    public char[] lastPasswordArray() {
        return lastPassword;
    }

    @Override
    public Session open(
            ConnectionProfile profile,
            String user,
            char[] password,
            LoginPrompts prompts,
            Consumer<ConnectStep> stepStarted) {
        passwordsSeen.add(new String(password));
        lastPassword = password;
        for (ConnectStep step : ConnectStep.values()) {
            if (step == ConnectStep.TUNNEL && profile.demo()) {
                continue;
            }
            stepStarted.accept(step);
            if (step == ConnectStep.TUNNEL
                    && unknownHostFingerprint != null
                    && !prompts.trustUnknownHostKey(host(profile), unknownHostFingerprint)) {
                throw new HostKeyRejectedException(host(profile), unknownHostFingerprint);
            }
            if (step == ConnectStep.TUNNEL && encryptedKey != null) {
                unlockKey(prompts, host(profile));
            }
            if (step == failAt) {
                throw failure;
            }
        }
        return session;
    }

    /** As client-lib does: three attempts, each answer wiped after the check; a skipped key is not offered. */
    private void unlockKey(LoginPrompts prompts, String host) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            Optional<char[]> typed = prompts.passphraseFor(encryptedKey, attempt);
            if (typed.isEmpty()) {
                throw new AuthenticationException(
                        "The SSH server " + host + " refused every key offered (none). Check the key in the profile"
                                + " or load it into ssh-agent.");
            }
            boolean right = Arrays.equals(typed.get(), keyPassphrase.toCharArray());
            Arrays.fill(typed.get(), '\0');
            if (right) {
                return;
            }
        }
        throw new AuthenticationException("Wrong passphrase for SSH key " + encryptedKey + " (3 attempts).");
    }

    private static String host(ConnectionProfile profile) {
        return profile.ssh().map(ssh -> ssh.host()).orElse("localhost");
    }
}
