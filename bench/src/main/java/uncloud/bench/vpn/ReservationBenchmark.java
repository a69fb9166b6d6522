package uncloud.bench.vpn;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import uncloud.client.PoolExhaustedException;
import uncloud.client.db.Database;
import uncloud.client.db.DatabaseSettings;
import uncloud.client.domain.NewVpnPool;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardPool;
import uncloud.client.domain.WireGuardPublicKey;
import uncloud.client.vpn.VpnKeyEncryptionKey;
import uncloud.client.vpn.VpnNetworks;
import uncloud.client.vpn.VpnPools;
import uncloud.client.vpn.WireGuardKeys;

/**
 * Reserves every /64 of a /48 (65,536) one by one and reports the time per reservation when the
 * pool is empty, half full and nearly full; then lets 8 threads drain a second /48 at once and
 * checks that no prefix is handed out twice and the only failure is "pool exhausted".
 *
 * <p>Run: {@code ./mvnw -q -B -pl bench -am compile dependency:build-classpath
 * -Dmdep.outputFile=cp.txt && java -cp bench/target/classes:$(cat bench/cp.txt)
 * uncloud.bench.vpn.ReservationBenchmark}
 */
public final class ReservationBenchmark {
    private static final int WINDOW = 1_000;
    private static final int THREADS = 8;

    private ReservationBenchmark() {}

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        List<String> options = List.of(args);
        boolean durable = options.contains("--durable");
        boolean concurrentOnly = options.contains("--concurrent-only");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "50");
        if (!durable) {
            builder.setServerConfig("synchronous_commit", "off");
        }
        try (EmbeddedPostgres postgres = builder.start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement st = c.createStatement()) {
                st.execute("create database bench");
            }
            DatabaseSettings settings =
                    new DatabaseSettings(postgres.getJdbcUrl("postgres", "bench"), "postgres", "", 10);
            try (Database db = Database.connect(settings)) {
                System.out.println("PostgreSQL " + version(db)
                        + (durable ? ", synchronous_commit on" : ", synchronous_commit off"));
                VpnPools pools = new VpnPools(db, Clock.systemUTC(), Optional.of(VpnKeyEncryptionKey.generate()));
                VpnNetworks networks = new VpnNetworks(db, Clock.systemUTC(), VpnNetworks.DEFAULT_QUARANTINE);
                long customer =
                        insert(db, "insert into customer (ldap_uid, name) values ('bench', 'Bench') returning id");
                long order = insert(
                        db,
                        "insert into orders (customer_id, description, one_time_price, recurring_price,"
                                + " recurring_period, starts_at) values (" + customer
                                + ", 'VPN', 0, 10, 'PER_MONTH', now())"
                                + " returning id");
                WireGuardPublicKey key = WireGuardKeys.generate().publicKey();
                warmUp(pools, networks, customer, order, key);
                if (!concurrentOnly) {
                    sequential(pools, networks, customer, order, key);
                }
                concurrent(pools, networks, customer, order, key);
            }
        }
    }

    /** Loads and compiles the code paths on a pool of its own, so the "empty" window measures the pool. */
    private static void warmUp(
            VpnPools pools, VpnNetworks networks, long customer, long order, WireGuardPublicKey key) {
        WireGuardPool pool =
                pools.create("bench", new NewVpnPool(Prefix.parse("2001:db8:ff00::/40"), 64, "vpn.example.com", 51000));
        for (int i = 0; i < 3_000; i++) {
            networks.reserve("bench", pool.id(), customer, order, Optional.of(key));
        }
    }

    private static void sequential(
            VpnPools pools, VpnNetworks networks, long customer, long order, WireGuardPublicKey key) {
        WireGuardPool pool =
                pools.create("bench", new NewVpnPool(Prefix.parse("2001:db8:1::/48"), 64, "vpn.example.com", 51820));
        int total = 65_536;
        int stride = total / 8;
        // windows of 1,000 reservations starting at 0, 8,192, 16,384 ... and the last 1,000
        Histogram[] windows = new Histogram[9];
        for (int w = 0; w < windows.length; w++) {
            windows[w] = new Histogram(3);
        }
        Histogram all = new Histogram(3);
        long started = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long t0 = System.nanoTime();
            Prefix got = networks.reserve("bench", pool.id(), customer, order, Optional.of(key))
                    .network()
                    .network();
            long micros = (System.nanoTime() - t0) / 1_000;
            if (!got.equals(pool.network().subnetwork(64, i))) {
                throw new AssertionError("reservation " + i + " got " + got + ", not the lowest free subnetwork");
            }
            all.recordValue(micros);
            if (i % stride < WINDOW) {
                windows[i / stride].recordValue(micros);
            }
            if (i >= total - WINDOW) {
                windows[8].recordValue(micros);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean exhausted = false;
        try {
            networks.reserve("bench", pool.id(), customer, order, Optional.of(key));
        } catch (PoolExhaustedException e) {
            exhausted = true;
        }
        System.out.printf(
                "sequential: %d reservations of a /64 in %s in %.1f s (%.0f/s); 65,537th says exhausted: %s%n",
                total, pool.network(), seconds, total / seconds, exhausted);
        for (int w = 0; w < 8; w++) {
            print(
                    String.format(
                            "  reservations %,d-%,d (%d%% full)", w * stride + 1, w * stride + WINDOW, 100 * w / 8),
                    windows[w]);
        }
        print(String.format("  reservations %,d-%,d (nearly full)", total - WINDOW + 1, total), windows[8]);
        print("  all 65,536", all);
    }

    private static void concurrent(
            VpnPools pools, VpnNetworks networks, long customer, long order, WireGuardPublicKey key) throws Exception {
        WireGuardPool pool =
                pools.create("bench", new NewVpnPool(Prefix.parse("2001:db8:2::/48"), 64, "vpn.example.com", 51821));
        Set<Prefix> handedOut = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger otherFailures = new AtomicInteger();
        Histogram latency = new Histogram(3);
        long conflictsBefore = networks.reservationConflicts();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(executor.submit(() -> {
                go.await();
                int mine = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    try {
                        Prefix got = networks.reserve("bench", pool.id(), customer, order, Optional.of(key))
                                .network()
                                .network();
                        synchronized (latency) {
                            latency.recordValue((System.nanoTime() - t0) / 1_000);
                        }
                        if (!handedOut.add(got)) {
                            duplicates.incrementAndGet();
                        }
                        mine++;
                    } catch (PoolExhaustedException e) {
                        return mine;
                    } catch (RuntimeException e) {
                        otherFailures.incrementAndGet();
                        System.out.println("  failure: " + e);
                    }
                }
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        int total = 0;
        List<Integer> perThread = new ArrayList<>();
        for (Future<Integer> f : done) {
            int n = f.get(30, TimeUnit.MINUTES);
            perThread.add(n);
            total += n;
        }
        executor.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "concurrent: %d threads drained %s: %d reservations in %.1f s (%.0f/s), distinct %d, duplicates %d,"
                        + " failures other than exhausted %d, lost races retried %d, per thread %s%n",
                THREADS,
                pool.network(),
                total,
                seconds,
                total / seconds,
                handedOut.size(),
                duplicates.get(),
                otherFailures.get(),
                networks.reservationConflicts() - conflictsBefore,
                perThread);
        print("  latency per reservation", latency);
    }

    private static void print(String label, Histogram h) {
        System.out.printf(
                "%s: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                label,
                h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0,
                h.getMaxValue() / 1000.0);
    }

    private static String version(Database db) {
        return db.read(tx -> {
            try (Statement st = tx.connection().createStatement();
                    ResultSet rs = st.executeQuery("show server_version")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static long insert(Database db, String sql) {
        return db.inTransaction("bench", tx -> {
            try (PreparedStatement st = tx.connection().prepareStatement(sql);
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
