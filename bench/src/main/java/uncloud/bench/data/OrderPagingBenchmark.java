package uncloud.bench.data;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uncloud.client.db.Cursor;
import uncloud.client.db.Database;
import uncloud.client.db.Filter;
import uncloud.client.db.Page;
import uncloud.client.db.PageRequest;
import uncloud.client.db.Repositories;
import uncloud.client.db.Sort;
import uncloud.client.domain.Order;
import uncloud.client.internal.db.TableRepository;
import uncloud.client.sample.BulkSampleData;
import uncloud.client.sample.SampleData;

/**
 * Bulk-loads 100,000 customers and 1,000,000 orders into an embedded PostgreSQL, then times pages of 100
 * orders sorted by starts_at (first, middle, last page, and filtered by customer name) through the orders
 * repository on a direct connection ({@code Database.browse}: one round trip; and inside {@code Database.read}), and the same SQL with the same values run by psql's {@code \timing}
 * in the same run against the same server.
 *
 * <p>Arguments: {@code [customers] [orders] [iterations] [rounds]} (default 100000 1000000 300 1). With
 * several rounds the data are loaded once and every case is timed again in each round (the machine this ran on
 * is shared, so one round can be unlucky); the summary names the median round.
 *
 * <p>{@code -Dbench.dataDir=DIR} keeps the server's data directory: the first run loads it, later runs with the
 * same sizes reuse it and skip the load (a minute or more here).
 */
public final class OrderPagingBenchmark {
    private static final DateTimeFormatter TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSX").withZone(ZoneOffset.UTC);

    /** A page request and the statements the repository runs for it, with its values written in, for psql. */
    private record Case(String name, PageRequest request, List<String> statements) {}

    /** One case's figures in one round, in ms. */
    private record Figures(
            String name,
            double browseP50,
            double browseP99,
            double readP50,
            double readP99,
            double psqlP50,
            double psqlP99) {
        String row() {
            return String.format(
                    Locale.ROOT,
                    "%-44s %7.2f ms %7.2f ms | %7.2f ms %7.2f ms | %7.2f ms %7.2f ms | %5.2fx %5.2fx",
                    name,
                    browseP50,
                    browseP99,
                    readP50,
                    readP99,
                    psqlP50,
                    psqlP99,
                    browseP50 / psqlP50,
                    browseP99 / psqlP99);
        }
    }

    private static final String HEADER =
            "page of 100 orders by starts_at               db.browse p50 / p99   | db.read p50 / p99     |"
                    + " psql p50 / p99        | browse/psql p50 p99";

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int timingRounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        // a database server for a million orders keeps them in its buffers (zonky's default is 128 MB)
        String dataDir = System.getProperty("bench.dataDir");
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "1GB");
        if (dataDir != null) {
            server.setDataDirectory(Path.of(dataDir)).setCleanDataDirectory(false);
        }
        try (EmbeddedPostgres pg = server.start();
                Database db = Database.connect(pg.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            System.out.printf(
                    Locale.ROOT, "PostgreSQL %s on port %d%n", scalar(db, "show server_version"), pg.getPort());
            if (dataDir != null && loaded(db, orders)) {
                System.out.println("reusing the data in " + dataDir);
            } else {
                load(db, customers, orders);
            }
            List<Case> cases = cases(db);
            for (Case c : cases) {
                if (!c.request().filters().isEmpty()) {
                    System.out.println("plan of " + c.name() + ":");
                    for (String sql : c.statements()) {
                        explain(db, sql).forEach(line -> System.out.println("    " + line));
                    }
                }
            }
            List<List<Figures>> results = new ArrayList<>();
            for (int timing = 1; timing <= timingRounds; timing++) {
                System.out.println("round " + timing + " of " + timingRounds + ", load average before: "
                        + Files.readString(Path.of("/proc/loadavg")).trim());
                System.out.println(HEADER);
                List<Figures> round = new ArrayList<>();
                for (Case c : cases) {
                    Figures f = time(db, pg.getPort(), c, iterations);
                    round.add(f);
                    System.out.println(f.row());
                    if (timing == 1) {
                        c.statements().forEach(sql -> System.out.println("    " + abbreviated(sql)));
                    }
                }
                results.add(round);
            }
            if (timingRounds > 1) {
                // the round whose db.browse p99s add up to the median: one consistent set of figures, neither
                // the luckiest nor the unluckiest moment of the neighbours
                List<Integer> byNoise = new ArrayList<>();
                for (int i = 0; i < results.size(); i++) {
                    byNoise.add(i);
                }
                byNoise.sort(Comparator.comparingDouble(i ->
                        results.get(i).stream().mapToDouble(Figures::browseP99).sum()));
                int median = byNoise.get((byNoise.size() - 1) / 2);
                System.out.println("median round (by the sum of the db.browse p99s): round " + (median + 1));
                System.out.println(HEADER);
                results.get(median).forEach(f -> System.out.println(f.row()));
            }
        }
    }

    private static boolean loaded(Database db, int orders) {
        return Boolean.parseBoolean(scalar(
                db,
                "select (to_regclass('orders') is not null and (select count(*) from orders) >= " + orders
                        + ")::text"));
    }

    private static void load(Database db, int customers, int orders) throws Exception {
        SampleData.populate(db, 1, 300);
        long start = System.nanoTime();
        BulkSampleData.Report report = BulkSampleData.load(db, 1, customers, orders);
        long total = System.nanoTime() - start;
        System.out.printf(
                Locale.ROOT,
                "bulk load: %,d customers (+ addresses) in %.1f s, %,d orders in %.1f s, whole transaction %.1f s%n",
                report.customers(),
                report.customerTime().toMillis() / 1000.0,
                report.orders(),
                report.orderTime().toMillis() / 1000.0,
                total / 1e9);
        System.out.printf(Locale.ROOT, "orders table: %s rows%n", scalar(db, "select count(*) from orders"));
        try (Connection c = db.dataSource().getConnection();
                Statement st = c.createStatement()) {
            // what autovacuum would do a minute later: set hint bits and the visibility map
            long v0 = System.nanoTime();
            st.execute("vacuum analyze");
            System.out.printf(Locale.ROOT, "vacuum analyze after the load: %.1f s%n", (System.nanoTime() - v0) / 1e9);
        }
    }

    private static String abbreviated(String sql) {
        return sql.replaceAll("'\\{([0-9]+,){3}[0-9,]*\\}'", "'{…ids…}'");
    }

    private static Figures time(Database db, int port, Case c, int iterations) throws Exception {
        for (int i = 0; i < 100; i++) {
            db.browse(Repositories.orders(), c.request());
            browse(db, c.request());
        }
        // rounds alternate between the two clients so a busy neighbour slows both alike
        int rounds = 10;
        int perRound = iterations / rounds;
        long[] repo = new long[perRound * rounds];
        long[] inTransaction = new long[perRound * rounds];
        double[] psql = new double[perRound * rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < perRound; i++) {
                long t0 = System.nanoTime();
                Page<Order> page = db.browse(Repositories.orders(), c.request());
                long t1 = System.nanoTime();
                browse(db, c.request());
                inTransaction[round * perRound + i] = System.nanoTime() - t1;
                repo[round * perRound + i] = t1 - t0;
                if (page.items().size() != 100) {
                    throw new IllegalStateException(
                            c.name() + " returned " + page.items().size() + " rows");
                }
            }
            double[] times = psql(port, c.statements(), perRound);
            System.arraycopy(times, 0, psql, round * perRound, perRound);
        }
        Arrays.sort(repo);
        Arrays.sort(inTransaction);
        Arrays.sort(psql);
        return new Figures(
                c.name(),
                percentile(repo, 50) / 1e6,
                percentile(repo, 99) / 1e6,
                percentile(inTransaction, 50) / 1e6,
                percentile(inTransaction, 99) / 1e6,
                percentile(psql, 50),
                percentile(psql, 99));
    }

    private static List<String> explain(Database db, String sql) {
        return db.read(tx -> {
            List<String> lines = new ArrayList<>();
            try (Statement st = tx.connection().createStatement();
                    ResultSet rs = st.executeQuery("explain (analyze, costs off) " + sql)) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return lines;
        });
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                System.out.println("load average at the end: "
                        + Files.readString(Path.of("/proc/loadavg")).trim());
            } catch (IOException ignored) {
                // only informative
            }
        }));
    }

    private static Page<Order> browse(Database db, PageRequest request) {
        return db.read(tx -> Repositories.orders().browse(tx, request));
    }

    private static List<Case> cases(Database db) throws Exception {
        TableRepository<Order> repository = (TableRepository<Order>) Repositories.orders();
        PageRequest byStart = PageRequest.of(100).sortedBy(Sort.ascending("startsAt"));
        Instant middleStart;
        long middleId;
        try (Connection c = db.dataSource().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "select starts_at, id from orders order by starts_at, id offset (select count(*) / 2 from orders) limit 1")) {
            rs.next();
            middleStart = rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            middleId = rs.getLong(2);
        }
        String fullName = scalar(db, "select name from customer where ldap_uid like '%.%.%' order by id limit 1");
        String lastName = fullName.substring(fullName.indexOf(' ') + 1);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("first page", byStart, List.of(literalSql(repository.sqlFor(byStart, 0), List.of()))));
        PageRequest middle = byStart.after(Cursor.of(List.of(middleStart), middleId));
        String at = "'" + TS.format(middleStart) + "'::timestamptz";
        cases.add(new Case(
                "middle page (after the middle row)",
                middle,
                // the cursor's values appear twice: in the probe for rows before it and in the page's condition
                List.of(literalSql(
                        repository.sqlFor(middle, 0),
                        List.of(at, String.valueOf(middleId), at, String.valueOf(middleId))))));
        cases.add(new Case(
                "last page", byStart.last(), List.of(literalSql(repository.sqlFor(byStart.last(), 0), List.of()))));
        for (String name : List.of(fullName, lastName)) {
            PageRequest filtered = byStart.filteredBy(Filter.contains("customerName", name));
            String pattern = "'%" + name + "%'";
            String lookup = literalSql(repository.parentLookupsFor(filtered).get(0), List.of(pattern));
            String ids = scalar(db, lookup);
            int count = ids.equals("{}") ? 0 : ids.split(",").length;
            List<String> literals = count > 5000 ? List.of(pattern) : count == 0 ? List.of() : List.of("'" + ids + "'");
            cases.add(new Case(
                    "customer name contains '" + name + "'",
                    filtered,
                    List.of(lookup, literalSql(repository.sqlFor(filtered, count), literals))));
        }
        return cases;
    }

    /** Replaces the bind markers with the literal values, in order. */
    private static String literalSql(String sql, List<String> literals) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                out.append(literals.get(next++));
            } else {
                out.append(ch);
            }
        }
        if (next != literals.size()) {
            throw new IllegalStateException("expected " + next + " values for " + sql);
        }
        return out.toString();
    }

    /**
     * Runs the statements n times (after 5 warm-up runs) in one psql session; returns \timing's figures in ms,
     * summed over the statements of each run.
     */
    private static double[] psql(int port, List<String> statements, int n) throws IOException, InterruptedException {
        Path script = Files.createTempFile("bench", ".sql");
        StringBuilder text = new StringBuilder("\\o /dev/null\n");
        for (int i = 0; i < 5; i++) {
            statements.forEach(sql -> text.append(sql).append(";\n"));
        }
        text.append("\\timing on\n");
        for (int i = 0; i < n; i++) {
            statements.forEach(sql -> text.append(sql).append(";\n"));
        }
        Files.writeString(script, text.toString(), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(
                        "/usr/bin/psql",
                        "-X",
                        "-q",
                        "-h",
                        "localhost",
                        "-p",
                        String.valueOf(port),
                        "-U",
                        "postgres",
                        "-d",
                        "postgres",
                        "-f",
                        script.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Files.delete(script);
        Matcher m = Pattern.compile("Time: ([0-9.]+) ms").matcher(output);
        List<Double> times = new ArrayList<>();
        while (m.find()) {
            times.add(Double.parseDouble(m.group(1)));
        }
        int k = statements.size();
        if (times.size() != n * k) {
            throw new IllegalStateException(
                    "psql reported " + times.size() + " timings, not " + n * k + ":\n" + output);
        }
        double[] result = new double[n];
        for (int i = 0; i < n * k; i++) {
            result[i / k] += times.get(i);
        }
        Arrays.sort(result);
        return result;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String scalar(Database db, String sql) {
        return db.read(tx -> {
            try (Statement st = tx.connection().createStatement();
                    ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private OrderPagingBenchmark() {}
}
