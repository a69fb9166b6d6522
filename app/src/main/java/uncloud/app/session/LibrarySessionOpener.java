package uncloud.app.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uncloud.app.demo.DemoAgents;
import uncloud.app.hosts.HostAgents;
import uncloud.app.hosts.LibraryHostAgents;
import uncloud.client.auth.PasswordSource;
import uncloud.client.profile.ConnectProgress;
import uncloud.client.profile.ConnectStep;
import uncloud.client.profile.ConnectionProfile;
import uncloud.client.ssh.HostKeyFingerprint;
import uncloud.client.ssh.SshPrompts;

/** Logs in through client-lib ({@code uncloud.client.profile.Session}) and wraps the result for the console. */
public final class LibrarySessionOpener implements SessionOpener {
    private final Clock clock;

    /** Sessions whose order and billing services read the time (and the billing zone) from {@code clock}. */
    public LibrarySessionOpener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Session open(
            ConnectionProfile profile,
            String user,
            char[] password,
            LoginPrompts prompts,
            Consumer<ConnectStep> stepStarted) {
        SshPrompts sshPrompts = new SshPrompts() {
            @Override
            public boolean acceptUnknownHostKey(HostKeyFingerprint key) {
                return prompts.trustUnknownHostKey(key.host(), key.toString());
            }

            @Override
            public Optional<char[]> passphraseFor(Path keyFile, int attempt) {
                return prompts.passphraseFor(keyFile, attempt);
            }
        };
        ConnectProgress progress = new ConnectProgress() {
            @Override
            public void started(ConnectStep step, String detail) {
                stepStarted.accept(step);
            }
        };
        uncloud.client.profile.Session session = uncloud.client.profile.Session.open(
                profile, user, PasswordSource.typed(password), sshPrompts, progress);
        if (!profile.demo()) {
            return new LibrarySession(session, clock, HostAgents.withoutCertificate(), List.of());
        }
        try {
            DemoAgents demoAgents =
                    DemoAgents.start(session.database(), session.account().uid());
            LibraryHostAgents agents = new LibraryHostAgents(demoAgents.consoleCertificate());
            return new LibrarySession(session, clock, agents, List.of(agents, demoAgents));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
