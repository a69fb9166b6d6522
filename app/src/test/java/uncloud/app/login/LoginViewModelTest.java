package uncloud.app.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.session.Session;
import uncloud.app.testing.InMemoryProductCatalog;
import uncloud.app.testing.InMemoryProfileStore;
import uncloud.app.testing.RecordingDialogService;
import uncloud.app.testing.ScriptedSessionOpener;
import uncloud.app.testing.TestProfiles;
import uncloud.app.testing.TestSession;
import uncloud.client.AuthenticationException;
import uncloud.client.ConnectionException;
import uncloud.client.HostKeyChangedException;
import uncloud.client.SchemaTooNewException;
import uncloud.client.profile.ConnectStep;
import uncloud.client.profile.ConnectionProfile;

class LoginViewModelTest {
    private static final ConnectionProfile OFFICE = TestProfiles.OFFICE;
    private static final String FINGERPRINT = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";

    private final TestSession session = new TestSession(new InMemoryProductCatalog(), null);
    private final ScriptedSessionOpener opener = new ScriptedSessionOpener(session);
    private final InMemoryProfileStore profiles = new InMemoryProfileStore();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Session> loggedIn = new ArrayList<>();
    private final LoginViewModel login =
            new LoginViewModel(profiles, opener, new CurrentThreadTaskRunner(), dialogs, loggedIn::add);

    LoginViewModelTest() {
        profiles.save(OFFICE);
    }

    private void logInTo(String profile) {
        login.loadProfiles(profile);
        login.userProperty().set("alice");
        login.passwordProperty().set("s3cret");
        login.logInCommand().execute();
    }

    private List<String> stepStates() {
        return login.steps().stream()
                .map(status -> status.step() + "=" + status.state())
                .collect(Collectors.toList());
    }

    @Test
    void theLastUsedProfileIsPreselected() {
        login.loadProfiles("office");

        assertThat(login.profileProperty().get()).isEqualTo(OFFICE);
        assertThat(login.profiles()).containsExactly(ConnectionProfile.demoProfile(), OFFICE);
    }

    @Test
    void onlyStoredProfilesCanBeEdited() {
        login.loadProfiles("demo");
        assertThat(login.profileEditableProperty().get()).isFalse();

        login.profileProperty().set(OFFICE);
        assertThat(login.profileEditableProperty().get()).isTrue();
    }

    @Test
    void loggingInNeedsAUserAndAPassword() {
        login.loadProfiles("demo");
        login.userProperty().set("alice");

        assertThat(login.logInCommand().isExecutable()).isFalse();
        login.passwordProperty().set("x");
        assertThat(login.logInCommand().isExecutable()).isTrue();
    }

    @Test
    void aSuccessfulLoginCompletesEveryStepAndOpensTheSession() {
        logInTo("office");

        assertThat(loggedIn).containsExactly(session);
        assertThat(stepStates()).containsExactly("TUNNEL=DONE", "DATABASE=DONE", "LDAP=DONE", "SCHEMA=DONE");
        assertThat(login.errorProperty().get()).isNull();
        assertThat(login.busyProperty().get()).isFalse();
    }

    @Test
    void theDemoProfileSkipsTheTunnel() {
        logInTo("demo");

        assertThat(stepStates()).containsExactly("TUNNEL=SKIPPED", "DATABASE=DONE", "LDAP=DONE", "SCHEMA=DONE");
    }

    @Test
    void thePasswordIsClearedAndTheHandedOverArrayWipedAfterTheAttempt() {
        logInTo("office");

        assertThat(opener.passwordsSeen()).containsExactly("s3cret");
        assertThat(login.passwordProperty().get()).isEmpty();
        assertThat(opener.lastPasswordArray()).containsOnly('\0');
    }

    @Test
    void aWrongPasswordFailsTheLdapStepAndSaysSo() {
        opener.failAt(ConnectStep.LDAP, new AuthenticationException("The user name or password for alice is wrong."));

        logInTo("office");

        assertThat(loggedIn).isEmpty();
        assertThat(stepStates()).containsExactly("TUNNEL=DONE", "DATABASE=DONE", "LDAP=FAILED", "SCHEMA=PENDING");
        assertThat(login.errorProperty().get())
                .isEqualTo(
                        new LoginError("Wrong user name or password", "The user name or password for alice is wrong."));
    }

    @Test
    void anUnreachableDatabaseIsNamedAsSuch() {
        opener.failAt(ConnectStep.DATABASE, new ConnectionException("Connection to localhost:5432 refused."));

        logInTo("office");

        assertThat(login.errorProperty().get())
                .isEqualTo(new LoginError("Database unreachable", "Connection to localhost:5432 refused."));
        assertThat(stepStates()).containsExactly("TUNNEL=DONE", "DATABASE=FAILED", "LDAP=PENDING", "SCHEMA=PENDING");
    }

    @Test
    void aChangedHostKeyIsRefusedWithAWarning() {
        opener.failAt(
                ConnectStep.TUNNEL, new HostKeyChangedException("db.example.net", FINGERPRINT, "~/.ssh/known_hosts"));

        logInTo("office");

        assertThat(login.errorProperty().get().headline()).isEqualTo("The SSH host key has changed");
        assertThat(login.errorProperty().get().detail()).contains(FINGERPRINT);
        assertThat(stepStates()).startsWith("TUNNEL=FAILED");
    }

    @Test
    void aTooNewSchemaIsRefused() {
        opener.failAt(ConnectStep.SCHEMA, new SchemaTooNewException("57", "53"));

        logInTo("office");

        assertThat(login.errorProperty().get().headline()).isEqualTo("The database is newer than this console");
        assertThat(stepStates()).endsWith("SCHEMA=FAILED");
    }

    @Test
    void anUnknownHostKeyIsShownWithItsFingerprintAndTrustedOnlyWhenChosen() {
        opener.askAboutHostKey(FINGERPRINT);
        dialogs.answer(true);

        logInTo("office");

        assertThat(dialogs.last().kind()).isEqualTo("confirm:" + LoginViewModel.TRUST_HOST_KEY);
        assertThat(dialogs.last().message()).contains("db.example.net");
        assertThat(dialogs.last().details()).isEqualTo(FINGERPRINT);
        assertThat(loggedIn).containsExactly(session);
    }

    @Test
    void anUnknownHostKeyThatIsNotTrustedStopsTheLogin() {
        opener.askAboutHostKey(FINGERPRINT);
        dialogs.answer(false);

        logInTo("office");

        assertThat(loggedIn).isEmpty();
        assertThat(login.errorProperty().get().headline()).isEqualTo("SSH host not trusted");
        assertThat(stepStates()).startsWith("TUNNEL=FAILED");
    }

    @Test
    void anEncryptedKeysPassphraseIsAskedWhileTheTunnelStepWaitsAndAskedAgainWhenWrong() {
        Path key = Path.of("/home/alice/.ssh/id_ecdsa");
        opener.keyEncryptedWith(key, "correct horse");
        dialogs.answer("battery staple").answer("correct horse");
        List<List<String>> statesWhileAsking = new ArrayList<>();
        dialogs.whileShowing(() -> statesWhileAsking.add(stepStates()));

        logInTo("office");

        assertThat(dialogs.shown())
                .containsExactly(
                        new RecordingDialogService.Shown(
                                "secret:" + LoginViewModel.UNLOCK_KEY,
                                LoginViewModel.PASSPHRASE_TITLE,
                                "The SSH key /home/alice/.ssh/id_ecdsa is encrypted. Enter its passphrase to use it for"
                                        + " this login, or cancel to skip the key.",
                                "Passphrase"),
                        new RecordingDialogService.Shown(
                                "secret:" + LoginViewModel.UNLOCK_KEY,
                                LoginViewModel.PASSPHRASE_TITLE,
                                "The passphrase for the SSH key /home/alice/.ssh/id_ecdsa was wrong. Enter it again, or"
                                        + " cancel to skip the key.",
                                "Passphrase"));
        List<String> waitingOnTheTunnel =
                List.of("TUNNEL=WAITING", "DATABASE=PENDING", "LDAP=PENDING", "SCHEMA=PENDING");
        assertThat(statesWhileAsking).containsExactly(waitingOnTheTunnel, waitingOnTheTunnel);
        assertThat(stepStates()).containsExactly("TUNNEL=DONE", "DATABASE=DONE", "LDAP=DONE", "SCHEMA=DONE");
        assertThat(loggedIn).containsExactly(session);
    }

    @Test
    void everyPassphraseHandedToTheLoginIsWipedAfterUse() {
        opener.keyEncryptedWith(Path.of("/home/alice/.ssh/id_ecdsa"), "correct horse");
        dialogs.answer("battery staple").answer("correct horse");

        logInTo("office");

        assertThat(dialogs.secretsHandedOut())
                .hasSize(2)
                .allSatisfy(secret -> assertThat(secret).containsOnly('\0'));
    }

    @Test
    void skippingTheKeysPassphraseEndsWithAnErrorThatNoUsableKeyWasLeft() {
        opener.keyEncryptedWith(Path.of("/home/alice/.ssh/id_ecdsa"), "correct horse");
        dialogs.answer(null);

        logInTo("office");

        assertThat(loggedIn).isEmpty();
        assertThat(login.errorProperty().get())
                .isEqualTo(new LoginError(
                        "No usable SSH key",
                        "No passphrase was given for /home/alice/.ssh/id_ecdsa, so it was not offered. The SSH server"
                                + " db.example.net refused every key offered (none). Check the key in the profile or"
                                + " load it into ssh-agent."));
        assertThat(stepStates()).containsExactly("TUNNEL=FAILED", "DATABASE=PENDING", "LDAP=PENDING", "SCHEMA=PENDING");
    }

    @Test
    void threeWrongPassphrasesRefuseTheSshLogin() {
        opener.keyEncryptedWith(Path.of("/home/alice/.ssh/id_ecdsa"), "correct horse");
        dialogs.answer("a").answer("b").answer("c");

        logInTo("office");

        assertThat(dialogs.shown()).hasSize(3);
        assertThat(login.errorProperty().get())
                .isEqualTo(new LoginError(
                        "SSH login refused", "Wrong passphrase for SSH key /home/alice/.ssh/id_ecdsa (3 attempts)."));
    }

    @Test
    void aSavedProfileIsSelected() {
        ConnectionProfile lab = new ConnectionProfile("lab", OFFICE.ssh(), OFFICE.database(), OFFICE.ldap(), false);

        assertThat(login.saveProfile(lab)).isTrue();

        assertThat(login.profileProperty().get()).isEqualTo(lab);
        assertThat(profiles.list()).contains(lab);
    }
}
