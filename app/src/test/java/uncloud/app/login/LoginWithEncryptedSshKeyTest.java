package uncloud.app.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.session.LibrarySessionOpener;
import uncloud.app.session.Session;
import uncloud.app.testing.InMemoryProfileStore;
import uncloud.app.testing.RecordingDialogService;
import uncloud.app.testing.TunnelledServers;
import uncloud.client.profile.ConnectStep;

/**
 * The login form through the real library: an SSH tunnel (Apache MINA) with a key that ssh-keygen
 * encrypted, to an embedded PostgreSQL, against an in-memory LDAP directory. The passphrase dialog is
 * the recording dialog service; everything behind it is real.
 */
class LoginWithEncryptedSshKeyTest {
    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    Path folder;

    private TunnelledServers servers;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Session> loggedIn = new ArrayList<>();

    @BeforeEach
    void startServers() throws Exception {
        assumeTrue(TunnelledServers.available(), "ssh-keygen (openssh-client) is not installed");
        servers = TunnelledServers.start(folder, PASSPHRASE);
    }

    @AfterEach
    void stop() throws Exception {
        loggedIn.forEach(Session::close);
        if (servers != null) {
            servers.close();
        }
    }

    private LoginViewModel logIn() {
        InMemoryProfileStore profiles = new InMemoryProfileStore();
        profiles.save(servers.profile("tunnelled"));
        LoginViewModel login = new LoginViewModel(
                profiles,
                new LibrarySessionOpener(Clock.systemUTC()),
                new CurrentThreadTaskRunner(),
                dialogs,
                loggedIn::add);
        login.loadProfiles("tunnelled");
        login.userProperty().set("alice");
        login.passwordProperty().set(servers.password());
        login.logInCommand().execute();
        return login;
    }

    @Test
    void aWrongPassphraseIsAskedAgainAndTheRightOneOpensTheTunnelAndLogsIn() {
        dialogs.answer("wrong passphrase").answer(PASSPHRASE);

        LoginViewModel login = logIn();

        assertThat(login.errorProperty().get()).isNull();
        assertThat(loggedIn).hasSize(1);
        assertThat(loggedIn.get(0).user()).isEqualTo("alice");
        Path key = servers.key();
        assertThat(dialogs.shown().stream()
                        .map(RecordingDialogService.Shown::message)
                        .collect(Collectors.toList()))
                .containsExactly(LoginViewModel.passphraseQuestion(key, 1), LoginViewModel.passphraseQuestion(key, 2));
        assertThat(LoginViewModel.passphraseQuestion(key, 2)).contains(key.toString(), "was wrong");
        assertThat(dialogs.secretsHandedOut())
                .allSatisfy(secret -> assertThat(secret).containsOnly('\0'));
        assertThat(login.steps()).allMatch(status -> status.state() == StepStatus.State.DONE);
    }

    @Test
    void cancellingThePassphraseSkipsTheKeyAndTheLoginSaysNoUsableKeyWasLeft() {
        dialogs.answer(null);

        LoginViewModel login = logIn();

        assertThat(loggedIn).isEmpty();
        assertThat(dialogs.shown()).hasSize(1);
        assertThat(login.errorProperty().get().headline()).isEqualTo("No usable SSH key");
        assertThat(login.errorProperty().get().detail())
                .startsWith("No passphrase was given for " + servers.key() + ", so it was not offered.");
        assertThat(login.steps().get(0)).isEqualTo(new StepStatus(ConnectStep.TUNNEL, StepStatus.State.FAILED));
    }
}
