package uncloud.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uncloud.app.session.LoginPrompts;
import uncloud.app.session.Session;
import uncloud.app.session.SessionOpener;
import uncloud.client.HostKeyRejectedException;
import uncloud.client.profile.ConnectStep;
import uncloud.client.profile.ConnectionProfile;

/**
 * Runs the login steps of a profile (no tunnel for the demo) and fails at a chosen step, or asks the
 * host-key question first when told to.
 */
public final class ScriptedSessionOpener implements SessionOpener {
    private final Session session;
    private ConnectStep failAt;
    private RuntimeException failure;
    private String unknownHostFingerprint;
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
            if (step == failAt) {
                throw failure;
            }
        }
        return session;
    }

    private static String host(ConnectionProfile profile) {
        return profile.ssh().map(ssh -> ssh.host()).orElse("localhost");
    }
}
