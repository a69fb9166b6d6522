package uncloud.client.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.client.AuthenticationException;
import uncloud.client.ConnectionException;
import uncloud.client.HostKeyChangedException;
import uncloud.client.SchemaTooNewException;
import uncloud.client.UncloudException;
import uncloud.client.auth.PasswordSource;
import uncloud.client.auth.Role;
import uncloud.client.internal.demo.DemoDirectory;
import uncloud.client.ssh.SshPrompts;
import uncloud.client.ssh.SshTunnel;
import uncloud.client.ssh.TunnelState;
import uncloud.client.testing.ClientKeys;
import uncloud.client.testing.TestDatabase;
import uncloud.client.testing.TestSshServer;

/** Opening a profile through a real SSH server to a real database, and logging in against a directory. */
class SessionTest {
    private static InMemoryDirectoryServer directory;

    @TempDir
    Path folder;

    private TestDatabase testDb;
    private TestSshServer server;
    private Path key;
    private Path knownHosts;
    private final RecordingProgress progress = new RecordingProgress();

    @BeforeAll
    static void startDirectory() {
        directory = DemoDirectory.startOnLoopback();
    }

    @AfterAll
    static void stopDirectory() {
        directory.shutDown(true);
    }

    @BeforeEach
    void start() throws Exception {
        testDb = TestDatabase.create();
        Path authorizedKeys = folder.resolve("authorized_keys");
        key = ClientKeys.ecdsaKey(folder, authorizedKeys);
        server = TestSshServer.start(Files.createDirectory(folder.resolve("server")), authorizedKeys);
        knownHosts = Files.writeString(folder.resolve("known_hosts"), server.knownHostsLine() + "\n");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        testDb.close();
    }

    @Test
    void loggingInOpensTheTunnelChecksTheDatabaseAndDirectoryAndCreatesTheCustomer() {
        try (Session session =
                Session.open(profile(testDb.port()), "carol", demoPassword(), SshPrompts.refuseAll(), progress)) {
            assertThat(session.account().uid()).isEqualTo("carol");
            assertThat(session.account().role()).isEqualTo(Role.CUSTOMER);
            assertThat(session.account().firstLogin()).isTrue();
            assertThat(session.connection().tunnel().orElseThrow().state()).isEqualTo(TunnelState.UP);
            assertThat((int) session.database().read(tx -> count(tx.connection(), "customer")))
                    .isEqualTo(1);
        }
        assertThat(progress.events)
                .containsExactly(
                        "started TUNNEL", "finished TUNNEL",
                        "started DATABASE", "finished DATABASE",
                        "started LDAP", "finished LDAP",
                        "started SCHEMA", "finished SCHEMA");
    }

    @Test
    void afterTheSshConnectionDropsTheNextDatabaseCallReconnectsTheTunnel() throws Exception {
        try (Session session =
                Session.open(profile(testDb.port()), "carol", demoPassword(), SshPrompts.refuseAll(), progress)) {
            SshTunnel tunnel = session.connection().tunnel().orElseThrow();

            server.killSessions();
            for (int i = 0; i < 100 && tunnel.state() != TunnelState.DOWN; i++) {
                Thread.sleep(50);
            }

            assertThat((int) session.database().read(tx -> count(tx.connection(), "customer")))
                    .isEqualTo(1);
            assertThat(tunnel.connections()).isEqualTo(2);
            assertThat(tunnel.state()).isEqualTo(TunnelState.UP);
        }
    }

    @Test
    void aWrongPasswordFailsTheDirectoryStepAndLeavesTheDatabaseUntouched() {
        AuthenticationException refused = assertThrows(
                AuthenticationException.class,
                () -> Session.open(
                        profile(testDb.port()),
                        "carol",
                        PasswordSource.typed("nope".toCharArray()),
                        SshPrompts.refuseAll(),
                        progress));

        assertThat(refused.getMessage()).isEqualTo("Wrong user name or password.");
        assertThat(progress.events).endsWith("started LDAP", "failed LDAP");
        assertThat((int) testDb.database().read(tx -> count(tx.connection(), "customer")))
                .isZero();
    }

    @Test
    void aChangedHostKeyFailsTheTunnelStep() throws Exception {
        Files.writeString(knownHosts, server.knownHostsName() + " " + TestSshServer.otherHostKey() + "\n");

        assertThrows(
                HostKeyChangedException.class,
                () -> Session.open(profile(testDb.port()), "carol", demoPassword(), SshPrompts.refuseAll(), progress));

        assertThat(progress.events).containsExactly("started TUNNEL", "failed TUNNEL");
    }

    @Test
    void anUnreachableDatabaseFailsTheDatabaseStepWithWhereItLooked() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ConnectionException refused = assertThrows(
                ConnectionException.class,
                () -> Session.open(profile(closedPort), "carol", demoPassword(), SshPrompts.refuseAll(), progress));

        assertThat(refused.getMessage())
                .startsWith("The database at 127.0.0.1:" + closedPort + " through the SSH tunnel to tester@127.0.0.1:"
                        + server.port() + " does not answer");
        assertThat(progress.events).endsWith("started DATABASE", "failed DATABASE");
    }

    @Test
    void aSchemaFromANewerConsoleFailsTheSchemaStep() {
        testDb.database().runInTransaction("test", tx -> {
            try (Statement statement = tx.connection().createStatement()) {
                statement.execute("insert into flyway_schema_history (installed_rank, version, description, type,"
                        + " script, checksum, installed_by, execution_time, success) values"
                        + " (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'test', 0, true)");
            }
        });

        assertThrows(
                SchemaTooNewException.class,
                () -> Session.open(profile(testDb.port()), "carol", demoPassword(), SshPrompts.refuseAll(), progress));

        assertThat(progress.events).endsWith("started SCHEMA", "failed SCHEMA");
    }

    private ConnectionProfile profile(int databasePort) {
        return new ConnectionProfile(
                "test",
                Optional.of(new SshProfile(
                        "127.0.0.1",
                        Optional.of("tester"),
                        Optional.of(server.port()),
                        Optional.of(key),
                        List.of(),
                        Optional.of(knownHosts))),
                new DatabaseProfile("127.0.0.1", databasePort, testDb.name(), TestDatabase.USER, Optional.empty()),
                new LdapProfile(
                        URI.create("ldap://127.0.0.1:" + directory.getListenPort()),
                        false,
                        DemoDirectory.BASE_DN,
                        DemoDirectory.STAFF_GROUP_DN,
                        LdapProfile.BindMode.ANONYMOUS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                false);
    }

    private static PasswordSource demoPassword() {
        return PasswordSource.typed(DemoDirectory.PASSWORD.toCharArray());
    }

    private static int count(java.sql.Connection connection, String table) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Remembers the steps in order, as a login dialog's checklist would show them. */
    static final class RecordingProgress implements ConnectProgress {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void started(ConnectStep step, String detail) {
            events.add("started " + step);
        }

        @Override
        public void finished(ConnectStep step, String detail) {
            events.add("finished " + step);
        }

        @Override
        public void failed(ConnectStep step, UncloudException failure) {
            events.add("failed " + step);
        }
    }
}
