package uncloud.app.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.session.LibrarySessionOpener;
import uncloud.app.session.Session;
import uncloud.app.testing.InMemoryProfileStore;
import uncloud.app.testing.RecordingDialogService;
import uncloud.client.profile.ConnectionProfile;
import uncloud.client.profile.DatabaseProfile;
import uncloud.client.profile.LdapProfile;
import uncloud.client.profile.SshProfile;
import uncloud.client.testing.ClientKeys;
import uncloud.client.testing.TestDatabase;
import uncloud.client.testing.TestDirectory;
import uncloud.client.testing.TestSshServer;

/**
 * The login form through the real library: an SSH tunnel (Apache MINA) with a key that ssh-keygen
 * encrypted, to an embedded PostgreSQL, against an in-memory LDAP directory. The passphrase dialog is
 * the recording dialog service; everything behind it is real.
 */
class LoginWithEncryptedSshKeyTest {
    private static final String PASSPHRASE = "correct horse battery";

    private static TestDirectory directory;
    private static TestDatabase testDb;

    @TempDir
    Path folder;

    private TestSshServer server;
    private Path key;
    private Path knownHosts;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Session> loggedIn = new ArrayList<>();

    @BeforeAll
    static void startDirectoryAndDatabase() {
        directory = TestDirectory.start();
        testDb = TestDatabase.create();
    }

    @AfterAll
    static void stopDirectoryAndDatabase() {
        testDb.close();
        directory.close();
    }

    @BeforeEach
    void startSshServer() throws Exception {
        assumeTrue(ClientKeys.sshKeygenAvailable(), "ssh-keygen (openssh-client) is not installed");
        Path authorizedKeys = folder.resolve("authorized_keys");
        key = ClientKeys.sshKeygen(folder, authorizedKeys, "ecdsa", "OpenSSH", PASSPHRASE);
        server = TestSshServer.start(Files.createDirectory(folder.resolve("server")), authorizedKeys);
        knownHosts = Files.writeString(folder.resolve("known_hosts"), server.knownHostsLine() + "\n");
    }

    @AfterEach
    void stop() throws Exception {
        loggedIn.forEach(Session::close);
        if (server != null) {
            server.close();
        }
    }

    private LoginViewModel logIn() {
        InMemoryProfileStore profiles = new InMemoryProfileStore();
        profiles.save(profile());
        LoginViewModel login = new LoginViewModel(
                profiles,
                new LibrarySessionOpener(Clock.systemUTC()),
                new CurrentThreadTaskRunner(),
                dialogs,
                loggedIn::add);
        login.loadProfiles("tunnelled");
        login.userProperty().set("alice");
        login.passwordProperty().set(TestDirectory.PASSWORD);
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
                .startsWith("No passphrase was given for " + key + ", so it was not offered.");
        assertThat(login.steps().get(0))
                .isEqualTo(new StepStatus(uncloud.client.profile.ConnectStep.TUNNEL, StepStatus.State.FAILED));
    }

    private ConnectionProfile profile() {
        return new ConnectionProfile(
                "tunnelled",
                Optional.of(new SshProfile(
                        "127.0.0.1",
                        Optional.of("tester"),
                        Optional.of(server.port()),
                        Optional.of(key),
                        List.of(),
                        Optional.of(knownHosts))),
                new DatabaseProfile("127.0.0.1", testDb.port(), testDb.name(), TestDatabase.USER, Optional.empty()),
                new LdapProfile(
                        directory.uri(),
                        false,
                        TestDirectory.BASE_DN,
                        TestDirectory.STAFF_GROUP_DN,
                        LdapProfile.BindMode.ANONYMOUS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                false);
    }
}
