package uncloud.bench.billing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import uncloud.client.billing.BillingService;
import uncloud.client.billing.GenerationReport;
import uncloud.client.db.Database;
import uncloud.client.sample.BulkSampleData;

/**
 * Month-end billing at scale: generates and writes the draft bills of January 2026 for 10,000 and then
 * 100,000 customers (10 orders each, the data layer's bulk sample data), and in the same run COPYs the
 * same bill and record rows into the real tables and into plain copies of them (same columns, indexes
 * and checks; no triggers, no foreign keys). Prints times, ratios and the peak heap of each run.
 *
 * <p>Run: {@code java -Xmx256m -cp … uncloud.bench.billing.MonthEndBillingBench [customers]}
 */
public final class MonthEndBillingBench {
    private static final YearMonth MONTH = YearMonth.of(2026, 1);
    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final int ORDERS_EACH = 10;
    /** {@code -Dbench.memoryOnly=true}: no baselines; the live heap is measured with a full GC every 250 ms. */
    private static final boolean MEMORY_ONLY = Boolean.getBoolean("bench.memoryOnly");

    private MonthEndBillingBench() {}

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.printf(
                "machine: %d cpus, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("max_wal_size", "4GB")
                        .setServerConfig("shared_buffers", "512MB")
                        .setServerConfig("log_min_duration_statement", System.getProperty("bench.logMs", "-1"))
                        .start();
                Database db = Database.connect(pg.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            BillingService billing =
                    new BillingService(db, Clock.fixed(Instant.parse("2026-02-02T08:00:00Z"), ZONE), ZONE);
            int small = customers / 10;
            load(db, 1, small);
            measure(db, billing, small);
            load(db, small + 1, customers);
            measure(db, billing, customers);
        }
    }

    /** Adds customers {@code first..last} with ten orders each: the data layer's bulk sample data. */
    private static void load(Database db, int first, int last) {
        BulkSampleData.Report report =
                BulkSampleData.load(db, first, last - first + 1, (last - first + 1) * ORDERS_EACH);
        System.out.printf(
                "loaded customers %d..%d with %d orders (%d replacements) in %.1f s%n",
                first,
                last,
                report.orders(),
                report.replacements(),
                (report.customerTime().toMillis() + report.orderTime().toMillis()) / 1000.0);
    }

    private static void measure(Database db, BillingService billing, int customers) throws Exception {
        execute(db, "delete from bill");
        execute(db, "vacuum analyze bill, bill_record");
        System.gc();
        resetPeaks();
        if (Boolean.getBoolean("bench.explain")) {
            explain(db);
        }
        LiveHeapSampler sampler = new LiveHeapSampler();
        sampler.start();
        long t0 = System.nanoTime();
        GenerationReport report = billing.generate("bench", MONTH);
        double generate = seconds(t0);
        sampler.interrupt();
        sampler.join();
        long peakUsed = peakHeapUsed();
        long peakLive = sampler.max;
        if (MEMORY_ONLY) {
            System.out.printf(
                    "%,d customers: %,d bills, %,d records in %.1f s with a full GC every 250 ms;"
                            + " live heap at most %d MiB (max heap %d MiB)%n",
                    customers,
                    report.billsWritten(),
                    report.recordsWritten(),
                    generate,
                    peakLive >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            return;
        }

        byte[] realBills = export(
                db,
                "copy (select id, customer_id, period_starts_at, period_ends_at, status,"
                        + " subtotal, vat_rate, vat, total from bill) to stdout");
        byte[] realRecords = export(
                db,
                "copy (select bill_id, order_id, period_starts_at, period_ends_at,"
                        + " one_time_amount, recurring_amount from bill_record) to stdout");
        execute(db, "delete from bill");
        execute(db, "vacuum analyze bill, bill_record");
        long t2 = System.nanoTime();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "copy bill (id, customer_id, period_starts_at, period_ends_at, status, subtotal, vat_rate,"
                            + " vat, total) from stdin",
                    new ByteArrayInputStream(realBills));
            double billsOnly = seconds(t2);
            copy.copyIn(
                    "copy bill_record (bill_id, order_id, period_starts_at, period_ends_at,"
                            + " one_time_amount, recurring_amount) from stdin",
                    new ByteArrayInputStream(realRecords));
            c.commit();
            System.out.printf(
                    "COPY of the same rows into the real tables (constraints, indexes, triggers):"
                            + " %.1f s (bills alone %.1f s)%n",
                    seconds(t2), billsOnly);
        }

        byte[] bills = export(
                db,
                "copy (select customer_id, period_starts_at, period_ends_at, status, subtotal,"
                        + " vat_rate, vat, total from bill) to stdout");
        byte[] records = export(
                db,
                "copy (select bill_id, order_id, period_starts_at, period_ends_at,"
                        + " one_time_amount, recurring_amount from bill_record) to stdout");
        execute(db, "drop table if exists plain_bill_record, plain_bill");
        execute(db, "create table plain_bill (like bill including all)");
        execute(db, "create table plain_bill_record (like bill_record including all)");
        long t1 = System.nanoTime();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "copy plain_bill (customer_id, period_starts_at, period_ends_at, status, subtotal, vat_rate,"
                            + " vat, total) from stdin",
                    new ByteArrayInputStream(bills));
            copy.copyIn(
                    "copy plain_bill_record (bill_id, order_id, period_starts_at, period_ends_at,"
                            + " one_time_amount, recurring_amount) from stdin",
                    new ByteArrayInputStream(records));
            c.commit();
        }
        double plain = seconds(t1);
        System.out.printf(
                "%,d customers: %,d bills, %,d records generated and written in %.1f s;"
                        + " plain COPY of the same rows %.1f s; ratio %.2f;"
                        + " peak heap used %d MiB, peak live heap after GC %d MiB%n",
                customers,
                report.billsWritten(),
                report.recordsWritten(),
                generate,
                plain,
                generate / plain,
                peakUsed >> 20,
                peakLive >> 20);
    }

    private static byte[] export(Database db, String sql) throws SQLException, IOException {
        try (Connection c = db.dataSource().getConnection()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
            return out.toByteArray();
        }
    }

    private static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute(sql);
        }
    }

    private static void explain(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("explain (analyze, buffers) select o.id, o.customer_id, o.product_id,"
                        + " o.description, o.one_time_price, o.recurring_price, o.recurring_period, o.starts_at,"
                        + " o.ends_at, o.replaces_id, a.country from orders o left join billing_address a"
                        + " on a.customer_id = o.customer_id and a.active where o.starts_at <= '2024-03-31 21:59:59Z'"
                        + " and (o.ends_at is null or o.ends_at >= '2024-02-29 23:00:00Z') and (o.recurring_period"
                        + " <> 'ONE_TIME' or o.starts_at >= '2024-02-29 23:00:00Z') order by o.customer_id")) {
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapUsedNow() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getUsage().getUsed();
            }
        }
        return sum;
    }

    private static long peakHeapUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap still in use right after collections: the live set, which is what grows if we collect. */
    private static long peakHeapAfterGc() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterGc != null) {
                sum += afterGc.getUsed();
            }
        }
        return sum;
    }

    /** Samples the heap left after each collection: the live set, which grows if we collect. */
    private static final class LiveHeapSampler extends Thread {
        volatile long max;

        LiveHeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                if (MEMORY_ONLY) {
                    System.gc(); // the live set itself, not whatever garbage waits for the next collection
                    max = Math.max(max, heapUsedNow());
                } else {
                    max = Math.max(max, peakHeapAfterGc());
                }
                try {
                    Thread.sleep(MEMORY_ONLY ? 250 : 10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
