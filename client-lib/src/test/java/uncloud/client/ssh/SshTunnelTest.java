package uncloud.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.client.ConnectionException;
import uncloud.client.HostKeyChangedException;
import uncloud.client.HostKeyRejectedException;
import uncloud.client.testing.ClientKeys;
import uncloud.client.testing.FreezableRelay;
import uncloud.client.testing.TestDatabase;
import uncloud.client.testing.TestSshServer;

class SshTunnelTest {
    @TempDir
    Path folder;

    private Path authorizedKeys;
    private Path key;
    private Path knownHosts;
    private TestSshServer server;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        authorizedKeys = folder.resolve("authorized_keys");
        key = ClientKeys.ecdsaKey(folder, authorizedKeys);
        knownHosts = folder.resolve("ssh/known_hosts");
        server = started(TestSshServer.start(Files.createDirectory(folder.resolve("server")), authorizedKeys));
        Files.createDirectories(knownHosts.getParent());
        Files.writeString(knownHosts, server.knownHostsLine() + "\n");
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void aQueryThroughTheTunnelReachesTheDatabase() throws Exception {
        SshTunnel tunnel = opened(settings(server.endpoint("tester")), SshPrompts.refuseAll());

        assertThat(query(tunnel, "select 6 * 7")).isEqualTo("42");
        assertThat(tunnel.state()).isEqualTo(TunnelState.UP);
        assertThat(tunnel.localHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void aChangedHostKeyIsRefusedWithAnAlarmingMessage() throws Exception {
        try (TestSshServer impostor =
                TestSshServer.start(Files.createDirectory(folder.resolve("impostor")), authorizedKeys)) {
            // known_hosts holds the real server's key under the impostor's name
            Files.writeString(
                    knownHosts,
                    impostor.knownHostsName() + " " + server.knownHostsLine().split(" ", 2)[1]);
            RecordingPrompts prompts = new RecordingPrompts(true);

            HostKeyChangedException refused = assertThrows(
                    HostKeyChangedException.class, () -> opened(settings(impostor.endpoint("tester")), prompts));

            assertThat(refused.getMessage())
                    .startsWith("WARNING: the SSH host key of " + impostor.knownHostsName() + " has CHANGED")
                    .contains("man-in-the-middle", impostor.fingerprint(), knownHosts.toString());
            assertThat(refused.presentedFingerprint()).isEqualTo(impostor.fingerprint());
            assertThat(prompts.asked)
                    .as("a changed key is never offered for acceptance")
                    .isEmpty();
            assertThat(Files.readString(knownHosts)).doesNotContain(impostor.knownHostsLine());
        }
    }

    @Test
    void anUnknownHostShowsItsSha256FingerprintAndIsRememberedWhenAccepted() throws Exception {
        Files.writeString(knownHosts, "");
        RecordingPrompts prompts = new RecordingPrompts(true);

        opened(settings(server.endpoint("tester")), prompts).close();

        assertThat(prompts.asked)
                .containsExactly(
                        new HostKeyFingerprint(server.knownHostsName(), "ecdsa-sha2-nistp256", server.fingerprint()));
        SshTunnel again = opened(settings(server.endpoint("tester")), SshPrompts.refuseAll());
        assertThat(query(again, "select 'known'")).isEqualTo("known");
    }

    @Test
    void anUnknownHostThatIsNotAcceptedIsNotConnectedNorRemembered() throws Exception {
        Files.writeString(knownHosts, "");

        HostKeyRejectedException refused = assertThrows(
                HostKeyRejectedException.class,
                () -> opened(settings(server.endpoint("tester")), new RecordingPrompts(false)));

        assertThat(refused.getMessage()).contains(server.fingerprint());
        assertThat(Files.readString(knownHosts)).isEmpty();
    }

    @Test
    void aProxyJumpChainOfTwoHopsFromTheSshConfigReachesTheDatabase() throws Exception {
        TestSshServer first = started(TestSshServer.start(Files.createDirectory(folder.resolve("j1")), authorizedKeys));
        TestSshServer second =
                started(TestSshServer.start(Files.createDirectory(folder.resolve("j2")), authorizedKeys));
        Files.writeString(knownHosts, "");
        Path config = folder.resolve("ssh/config");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "Host database",
                        "  HostName 127.0.0.1",
                        "  Port " + server.port(),
                        "  User tester",
                        "  IdentityFile " + key,
                        "  ProxyJump tester@127.0.0.1:" + first.port() + ",tester@127.0.0.1:" + second.port(),
                        ""));
        RecordingPrompts prompts = new RecordingPrompts(true);
        SshTunnelSettings settings = settings(SshEndpoint.of("database"))
                .withIdentityFiles(List.of())
                .withSshConfig(Optional.of(config));

        SshTunnel tunnel = opened(settings, prompts);

        assertThat(query(tunnel, "select 'through two hops'")).isEqualTo("through two hops");
        assertThat(prompts.asked)
                .extracting(HostKeyFingerprint::host)
                .containsExactly(first.knownHostsName(), second.knownHostsName(), server.knownHostsName());
        assertThat(List.of(first.sessionCount(), second.sessionCount(), server.sessionCount()))
                .containsExactly(1, 1, 1);
    }

    @Test
    void afterTheServerKillsTheSessionACutOffQueryFailsAndTheNextQuerySucceedsOnTheSamePort() throws Exception {
        List<TunnelState> states = new CopyOnWriteArrayList<>();
        SshTunnel tunnel = SshTunnel.open(
                settings(server.endpoint("tester")), SshPrompts.refuseAll(), (state, detail) -> states.add(state));
        toClose.add(tunnel);
        int port = tunnel.localPort();
        Connection inFlight = connect(tunnel);
        CompletableFuture<Long> longQuery = CompletableFuture.supplyAsync(() -> countSlowly(inFlight));
        Thread.sleep(500);

        server.killSessions();

        ExecutionException cutOff = assertThrows(ExecutionException.class, () -> longQuery.get(30, TimeUnit.SECONDS));
        assertThat(cutOff.getCause()).hasCauseInstanceOf(SQLException.class);
        awaitState(tunnel, TunnelState.DOWN);
        assertThat(query(tunnel, "select 'back again'")).isEqualTo("back again");
        assertThat(tunnel.localPort()).isEqualTo(port);
        assertThat(states)
                .containsExactly(
                        TunnelState.CONNECTING,
                        TunnelState.UP,
                        TunnelState.DOWN,
                        TunnelState.RECONNECTING,
                        TunnelState.UP);
    }

    @Test
    void keepalivesNoticeALinkThatWentSilentAndTheTunnelGoesDown() throws Exception {
        FreezableRelay link = started(new FreezableRelay(server.port()));
        Files.writeString(
                knownHosts,
                "[127.0.0.1]:" + link.port() + " " + server.knownHostsLine().split(" ", 2)[1]);
        SshTunnel tunnel = opened(
                settings(SshEndpoint.parse("tester@127.0.0.1:" + link.port())).withKeepAlive(Duration.ofMillis(500)),
                SshPrompts.refuseAll());
        assertThat(query(tunnel, "select 'before'")).isEqualTo("before");

        link.freeze();

        // three unanswered keepalives, half a second apart, then the watchdog's half second
        awaitState(tunnel, TunnelState.DOWN);
    }

    @Test
    void whenTheServerStaysAwayTheTunnelGivesUpAfterBoundedRetriesWithAClearMessage() throws Exception {
        SshTunnel tunnel = opened(settings(server.endpoint("tester")), SshPrompts.refuseAll());
        server.close();
        awaitState(tunnel, TunnelState.DOWN);

        ConnectionException failed = assertThrows(ConnectionException.class, tunnel::ensureUp);

        assertThat(failed.getMessage())
                .startsWith("Lost the SSH connection to tester@" + server.knownHostsName())
                .contains("could not re-establish it (3 attempts)", "Cannot reach the SSH server");
        assertThat(tunnel.state()).isEqualTo(TunnelState.DOWN);
        assertThrows(SQLException.class, () -> query(tunnel, "select 1"));
    }

    private SshTunnelSettings settings(SshEndpoint target) {
        return SshTunnelSettings.toDatabaseOn(target)
                .withIdentityFiles(List.of(key))
                .withAgent(false)
                .withKnownHosts(knownHosts)
                .withSshConfig(Optional.empty())
                .withKeepAlive(Duration.ofSeconds(5))
                .withRemote("127.0.0.1", TestDatabase.server().getPort());
    }

    private SshTunnel opened(SshTunnelSettings settings, SshPrompts prompts) {
        SshTunnel tunnel = new SshTunnel(settings, prompts);
        toClose.add(tunnel);
        return tunnel.open();
    }

    private <T extends AutoCloseable> T started(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    static Connection connect(SshTunnel tunnel) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + tunnel.localPort() + "/postgres?connectTimeout=10", "postgres", "");
    }

    static String query(SshTunnel tunnel, String sql) throws SQLException {
        try (Connection connection = connect(tunnel);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long countSlowly(Connection connection) {
        try (connection;
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select count(*) from generate_series(1, 20) s, pg_sleep(0.5)")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitState(SshTunnel tunnel, TunnelState expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (tunnel.state() != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(tunnel.state()).isEqualTo(expected);
    }

    /** Answers every host key question the same way and remembers what it was shown. */
    static final class RecordingPrompts implements SshPrompts {
        final List<HostKeyFingerprint> asked = new CopyOnWriteArrayList<>();
        private final boolean accept;

        RecordingPrompts(boolean accept) {
            this.accept = accept;
        }

        @Override
        public boolean acceptUnknownHostKey(HostKeyFingerprint key) {
            asked.add(key);
            return accept;
        }

        @Override
        public Optional<char[]> passphraseFor(Path keyFile, int attempt) {
            return Optional.empty();
        }
    }
}
