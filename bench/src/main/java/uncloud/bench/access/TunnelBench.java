package uncloud.bench.access;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.postgresql.PGConnection;
import uncloud.client.ssh.SshEndpoint;
import uncloud.client.ssh.SshPrompts;
import uncloud.client.ssh.SshTunnel;
import uncloud.client.ssh.SshTunnelSettings;

/**
 * Streams the same COPY … TO STDOUT (about 200 MB) directly and through the SSH tunnel, against Debian's
 * OpenSSH and against Apache MINA SSHD, in one run; then times "connect" to the first query result
 * through a fresh tunnel.
 *
 * <p>Run: {@code java -cp … uncloud.bench.access.TunnelBench [megabytes] [rounds]}
 */
public final class TunnelBench {
    private static final String COPY = "copy bench_rows to stdout";

    public static void main(String[] args) throws Exception {
        // MINA and zonky log every packet at the default DEBUG level: that would measure the logger
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path scratch = Files.createTempDirectory("uncloud-tunnel-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            long bytes = prepareRows(postgres, megabytes);
            System.out.printf("COPY output: %.1f MB, %d rounds each, median shown%n", bytes / 1e6, rounds);
            Path authorizedKeys = scratch.resolve("authorized_keys");
            Path clientKey = clientKey(scratch, authorizedKeys);
            Path knownHosts = scratch.resolve("known_hosts");
            Files.writeString(knownHosts, "");

            double direct = median(rounds, () -> copyThrough(postgres.getPort()));
            System.out.printf("direct                 %7.1f MB/s%n", direct / 1e6);

            if (OpenSshServer.available()) {
                Path folder = Files.createDirectories(scratch.resolve("openssh"));
                try (OpenSshServer sshd = OpenSshServer.start(folder, authorizedKeys)) {
                    Files.writeString(
                            knownHosts, sshd.knownHostsLine() + "\n", java.nio.file.StandardOpenOption.APPEND);
                    SshTunnelSettings settings =
                            settings("root", sshd.port(), clientKey, knownHosts, postgres.getPort());
                    report("OpenSSH", settings, rounds, direct);
                }
            } else {
                System.out.println("OpenSSH: /usr/sbin/sshd missing (apt-get install openssh-server); skipped");
            }

            SshServer mina = startMina(scratch.resolve("mina"), authorizedKeys);
            try {
                Files.writeString(
                        knownHosts,
                        "[127.0.0.1]:" + mina.getPort() + " " + minaHostKey(mina) + "\n",
                        java.nio.file.StandardOpenOption.APPEND);
                report(
                        "MINA",
                        settings("bench", mina.getPort(), clientKey, knownHosts, postgres.getPort()),
                        rounds,
                        direct);
            } finally {
                mina.stop(true);
            }
        }
    }

    private static void report(String server, SshTunnelSettings settings, int rounds, double direct) throws Exception {
        try (SshTunnel tunnel = new SshTunnel(settings, SshPrompts.refuseAll()).open()) {
            double throughput = median(rounds, () -> copyThrough(tunnel.localPort()));
            System.out.printf(
                    "tunnel via %-11s %7.1f MB/s  = %.2f x direct  (cipher %s)%n",
                    server, throughput / 1e6, throughput / direct, tunnel.cipher());
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            try (SshTunnel tunnel = new SshTunnel(settings, SshPrompts.refuseAll()).open();
                    Connection connection = DriverManager.getConnection(url(tunnel.localPort()), "postgres", "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select 1")) {
                rows.next();
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf(
                "connect to first result via %-8s median %5.0f ms, max %5.0f ms (10 fresh tunnels; first %5.0f ms)%n",
                server, millis.get(5), millis.get(9), millis.get(0));
    }

    private static SshTunnelSettings settings(String user, int port, Path key, Path knownHosts, int databasePort) {
        return SshTunnelSettings.toDatabaseOn(new SshEndpoint("127.0.0.1", Optional.of(user), Optional.of(port)))
                .withIdentityFiles(List.of(key))
                .withAgent(false)
                .withSshConfig(Optional.empty())
                .withKnownHosts(knownHosts)
                .withRemote("127.0.0.1", databasePort);
    }

    private static long prepareRows(EmbeddedPostgres postgres, int megabytes) throws Exception {
        long rows = megabytes * 1_000_000L / 141; // "1234567\t" + 132 characters + newline
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create unlogged table bench_rows as"
                    + " select i, repeat(md5(i::text), 4) || 'abcd' as payload from generate_series(1, " + rows
                    + ") i");
            statement.execute("vacuum analyze bench_rows");
        }
        return copyBytes(postgres.getPort());
    }

    private static double copyThrough(int port) throws Exception {
        long start = System.nanoTime();
        long bytes = copyBytes(port);
        return bytes / ((System.nanoTime() - start) / 1e9);
    }

    private static long copyBytes(int port) throws Exception {
        try (Connection connection = DriverManager.getConnection(url(port), "postgres", "")) {
            CountingSink sink = new CountingSink();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut(COPY, sink);
            return sink.count;
        }
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static double median(int rounds, Measurement measurement) throws Exception {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            values.add(measurement.run());
        }
        Collections.sort(values);
        return values.get(rounds / 2);
    }

    private static Path clientKey(Path folder, Path authorizedKeys) throws Exception {
        Path key = folder.resolve("id_ed25519");
        OpenSshServer.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
        Files.copy(Path.of(key + ".pub"), authorizedKeys);
        return key;
    }

    private static SshServer startMina(Path folder, Path authorizedKeys) throws Exception {
        Files.createDirectories(folder);
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(folder.resolve("host-key"));
        hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        hostKeys.setKeySize(256);
        server.setKeyPairProvider(hostKeys);
        server.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorizedKeys));
        server.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        server.start();
        return server;
    }

    private static String minaHostKey(SshServer server) throws Exception {
        KeyPair pair = server.getKeyPairProvider().loadKeys(null).iterator().next();
        return PublicKeyEntry.toString(pair.getPublic());
    }

    @FunctionalInterface
    private interface Measurement {
        double run() throws Exception;
    }

    /** Counts what COPY sends, so the harness measures the transport and not a disk. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
