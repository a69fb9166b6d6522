package uncloud.client.internal.billing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.ConnectionException;
import uncloud.client.billing.BillCalculator;
import uncloud.client.billing.GenerationReport;
import uncloud.client.db.Database;
import uncloud.client.db.Transaction;
import uncloud.client.domain.BillingMonth;
import uncloud.client.domain.MonthlyBill;
import uncloud.client.domain.Order;
import uncloud.client.domain.VatRates;

/**
 * Generates the draft bills of a month. Streams the month's orders sorted by customer from one
 * connection and writes chunks of customers in short transactions on another, so memory holds one chunk,
 * whatever the number of customers.
 *
 * <p>Workers cooperate through per-customer advisory locks: a chunk takes the locks it can get without
 * waiting and leaves busy customers for the end, where it waits for them and skips those whose draft
 * another worker wrote after this run began. Regenerating replaces drafts and never touches final bills.
 */
public final class MonthlyBillWriter {
    private static final Logger LOG = LoggerFactory.getLogger(MonthlyBillWriter.class);
    private static final int FETCH_SIZE = 10_000;
    /** Chunks computed but not yet written: bounds memory whatever the number of customers. */
    private static final int MAX_PENDING_CHUNKS = 2;

    private final Database database;
    private final BillCalculator calculator;
    private final int customersPerChunk;

    public MonthlyBillWriter(Database database, BillCalculator calculator, int customersPerChunk) {
        this.database = database;
        this.calculator = calculator;
        this.customersPerChunk = customersPerChunk;
    }

    /** @param onlyCustomer a customer id, or null for every customer */
    public GenerationReport generate(String actorUid, BillingMonth month, Long onlyCustomer) {
        long started = System.nanoTime();
        Instant runStart = database.read(tx -> databaseNow(tx.connection()));
        VatRates vatRates = database.read(tx -> BillingSql.vatRates(tx.connection()));
        Totals totals = new Totals();
        List<Long> busy = new ArrayList<>();
        // one writer thread: the next chunk is read and computed while the last one is written
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bill-writer");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<List<Long>>> pending = new ArrayDeque<>();
        try {
            database.read(tx -> {
                streamBills(tx.connection(), month, onlyCustomer, vatRates, chunk -> {
                    if (pending.size() >= MAX_PENDING_CHUNKS) {
                        busy.addAll(await(pending.removeFirst()));
                    }
                    pending.addLast(writer.submit(() -> {
                        long t0 = System.nanoTime();
                        List<Long> busyInChunk = writeChunk(actorUid, month, chunk, totals);
                        totals.writeNanos += System.nanoTime() - t0;
                        return busyInChunk;
                    }));
                });
                return null;
            });
            while (!pending.isEmpty()) {
                busy.addAll(await(pending.removeFirst()));
            }
        } finally {
            pending.forEach(future -> future.cancel(true));
            writer.shutdown();
        }
        long streamed = System.nanoTime();
        for (long customerId : busy) {
            writeWaitingFor(actorUid, month, customerId, vatRates, runStart, totals);
        }
        LOG.info(
                "bills of {}: {} written in {} ms (chunks written in {} ms: {}), {} customers left by busy chunks"
                        + " done in {} ms",
                month,
                totals.bills,
                (System.nanoTime() - started) / 1_000_000,
                totals.writeNanos / 1_000_000,
                totals.steps,
                busy.size(),
                (System.nanoTime() - streamed) / 1_000_000);
        return new GenerationReport(totals.bills, totals.records, totals.finalKept, totals.doneByOthers);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("bill generation was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private interface ChunkSink {
        void accept(List<MonthlyBill> chunk) throws SQLException;
    }

    private void streamBills(Connection c, BillingMonth month, Long onlyCustomer, VatRates vatRates, ChunkSink sink)
            throws SQLException {
        String sql = BillingSql.ORDERS_OF_MONTH + (onlyCustomer == null ? "" : " and o.customer_id = ?")
                + " order by o.customer_id";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setFetchSize(FETCH_SIZE);
            BillingSql.bindMonth(st, month);
            if (onlyCustomer != null) {
                st.setLong(4, onlyCustomer);
            }
            List<MonthlyBill> chunk = new ArrayList<>(customersPerChunk);
            List<Order> orders = new ArrayList<>();
            long customer = -1;
            String country = null;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Order order = OrderSql.read(rs);
                    if (order.customerId() != customer && !orders.isEmpty()) {
                        bill(customer, orders, month, vatRates.rateFor(country, month))
                                .ifPresent(chunk::add);
                        orders.clear();
                        if (chunk.size() >= customersPerChunk) {
                            sink.accept(chunk);
                            chunk = new ArrayList<>(customersPerChunk);
                        }
                    }
                    customer = order.customerId();
                    country = rs.getString("country");
                    orders.add(order);
                }
            }
            if (!orders.isEmpty()) {
                bill(customer, orders, month, vatRates.rateFor(country, month)).ifPresent(chunk::add);
            }
            if (!chunk.isEmpty()) {
                sink.accept(chunk);
            }
        }
    }

    private Optional<MonthlyBill> bill(
            long customerId, List<Order> orders, BillingMonth month, java.math.BigDecimal rate) {
        return calculator.billFor(customerId, orders, month.month(), rate);
    }

    /** Writes the chunk's bills for the customers it can lock at once; returns the busy ones. */
    private List<Long> writeChunk(String actorUid, BillingMonth month, List<MonthlyBill> chunk, Totals totals) {
        return database.inTransaction(actorUid, tx -> {
            Connection c = tx.connection();
            Set<Long> locked = tryLock(c, chunk);
            List<Long> busy = new ArrayList<>();
            List<MonthlyBill> mine = new ArrayList<>(locked.size());
            for (MonthlyBill bill : chunk) {
                if (locked.contains(bill.customerId())) {
                    mine.add(bill);
                } else {
                    busy.add(bill.customerId());
                }
            }
            write(tx, month, mine, totals);
            return busy;
        });
    }

    /** A customer another worker held: wait for it, then write unless that worker already did. */
    private void writeWaitingFor(
            String actorUid, BillingMonth month, long customerId, VatRates vatRates, Instant runStart, Totals totals) {
        database.runInTransaction(actorUid, tx -> {
            Connection c = tx.connection();
            BillingSql.lockCustomer(c, customerId);
            if (draftWrittenSince(c, customerId, month, runStart)) {
                totals.doneByOthers++;
                return;
            }
            String country = BillingSql.country(c, customerId).orElse(null);
            List<Order> orders = BillingSql.ordersOfMonth(c, customerId, month);
            Optional<MonthlyBill> bill = bill(customerId, orders, month, vatRates.rateFor(country, month));
            if (bill.isPresent()) {
                write(tx, month, List.of(bill.get()), totals);
            }
        });
    }

    private static void write(Transaction tx, BillingMonth month, List<MonthlyBill> bills, Totals totals)
            throws SQLException {
        if (bills.isEmpty()) {
            return;
        }
        Connection c = tx.connection();
        StepTimes steps = totals.steps;
        steps.start();
        Long[] customers = bills.stream().map(MonthlyBill::customerId).toArray(Long[]::new);
        Map<Long, Long> finalIds = new HashMap<>();
        List<Long> oldDrafts = new ArrayList<>();
        existingBills(c, month, customers, finalIds, oldDrafts);
        steps.lap("existing bills");
        List<MonthlyBill> drafts = new ArrayList<>(bills.size());
        for (MonthlyBill bill : bills) {
            if (!finalIds.containsKey(bill.customerId())) {
                drafts.add(bill);
            }
        }
        totals.finalKept += finalIds.size();
        Long[] draftCustomers = drafts.stream().map(MonthlyBill::customerId).toArray(Long[]::new);
        deleteBills(c, oldDrafts);
        steps.lap("delete drafts");
        BillCopy.copyBills(c, drafts);
        steps.lap("copy bills");
        Map<Long, Long> ids = newBillIds(c, month, draftCustomers);
        steps.lap("bill ids");
        totals.records += BillCopy.copyRecords(c, drafts, ids, () -> steps.lap("format records"));
        steps.lap("copy records");
        totals.bills += drafts.size();
    }

    private static Set<Long> tryLock(Connection c, List<MonthlyBill> chunk) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select customer from unnest(?::bigint[]) customer"
                + " where pg_try_advisory_xact_lock(?, (customer % 2147483647)::int) order by customer")) {
            st.setArray(
                    1,
                    c.createArrayOf(
                            "bigint",
                            chunk.stream().map(MonthlyBill::customerId).toArray(Long[]::new)));
            st.setInt(2, BillingSql.CUSTOMER_LOCK_CLASS);
            return customerSet(st);
        }
    }

    /** The month's regular bills of these customers: final ones by customer, draft ids to replace. */
    private static void existingBills(
            Connection c, BillingMonth month, Long[] customers, Map<Long, Long> finalIds, List<Long> draftIds)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select customer_id, id, status from bill"
                + " where customer_id = any(?) and period_starts_at = ? and credit_note_of is null")) {
            st.setArray(1, c.createArrayOf("bigint", customers));
            st.setTimestamp(2, Timestamp.from(month.firstSecond()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if ("final".equals(rs.getString(3))) {
                        finalIds.put(rs.getLong(1), rs.getLong(2));
                    } else {
                        draftIds.add(rs.getLong(2));
                    }
                }
            }
        }
    }

    private static void deleteBills(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("delete from bill where id = any(?) and status = 'draft'")) {
            st.setArray(1, c.createArrayOf("bigint", ids.toArray(Long[]::new)));
            st.executeUpdate();
        }
    }

    private static Map<Long, Long> newBillIds(Connection c, BillingMonth month, Long[] customers) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select customer_id, id from bill where customer_id = any(?)"
                + " and period_starts_at = ? and credit_note_of is null")) {
            Array array = c.createArrayOf("bigint", customers);
            st.setArray(1, array);
            st.setTimestamp(2, Timestamp.from(month.firstSecond()));
            Map<Long, Long> ids = new HashMap<>(customers.length * 2);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return ids;
        }
    }

    private static boolean draftWrittenSince(Connection c, long customerId, BillingMonth month, Instant since)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select 1 from bill where customer_id = ?"
                + " and period_starts_at = ? and credit_note_of is null and created_at >= ?")) {
            st.setLong(1, customerId);
            st.setTimestamp(2, Timestamp.from(month.firstSecond()));
            st.setTimestamp(3, Timestamp.from(since));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Set<Long> customerSet(PreparedStatement st) throws SQLException {
        Set<Long> customers = new HashSet<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                customers.add(rs.getLong(1));
            }
        }
        return customers;
    }

    private static Instant databaseNow(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select clock_timestamp()");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    /** Counters of one run; written by one thread at a time (the writer, then the caller after it finished). */
    private static final class Totals {
        long bills;
        long records;
        long finalKept;
        long doneByOthers;
        long writeNanos;
        final StepTimes steps = new StepTimes();
    }

    /** Where the write time goes, for the log line of a run. */
    private static final class StepTimes {
        private final Map<String, Long> nanos = new java.util.LinkedHashMap<>();
        private long last = System.nanoTime();

        void start() {
            last = System.nanoTime();
        }

        void lap(String step) {
            long now = System.nanoTime();
            nanos.merge(step, now - last, Long::sum);
            last = now;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            nanos.forEach((step, ns) -> text.append(text.length() == 0 ? "" : ", ")
                    .append(step)
                    .append(' ')
                    .append(ns / 1_000_000)
                    .append(" ms"));
            return text.toString();
        }
    }
}
