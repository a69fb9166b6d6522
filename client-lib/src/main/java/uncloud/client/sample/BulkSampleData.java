package uncloud.client.sample;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.db.Transaction;

/**
 * Loads benchmark volumes (e.g. 100,000 customers with billing addresses and 1,000,000 orders) with COPY in
 * one transaction. Orders start anywhere in 2025–2026 with a mix of the ten periods and of prices; about a
 * quarter have ended, and some replace an earlier order of the same customer (the old one ending one
 * second before). Deterministic for a seed on an empty database.
 *
 * <p>As a superuser the loader switches row triggers off for the load ({@code session_replication_role =
 * replica}: no per-row audit events or notifications, which would double the time) and writes one
 * {@code bulk_load} audit event and one RELOAD notification per table instead. Without superuser rights
 * the triggers run. Check constraints and exclusions always hold; the tables are analysed afterwards.
 */
public final class BulkSampleData {
    public static final String ACTOR = "bulk-sample-data";
    private static final Logger LOG = LoggerFactory.getLogger(BulkSampleData.class);
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssX").withZone(ZoneOffset.UTC);
    private static final int FLUSH_BYTES = 1 << 20;

    /** What was loaded and how long it took. */
    public record Report(int customers, int orders, int replacements, Duration customerTime, Duration orderTime) {}

    private final Random random;

    private BulkSampleData(long seed) {
        this.random = new Random(seed);
    }

    public static Report load(Database db, long seed, int customers, int orders) {
        if (customers < 1 || orders < 0) {
            throw new ValidationException("a bulk load needs at least one customer and no negative number of orders");
        }
        return db.inTransaction(ACTOR, tx -> new BulkSampleData(seed).load(tx, customers, orders));
    }

    private Report load(Transaction tx, int customerCount, int orderCount) throws SQLException {
        boolean triggersOff = switchTriggersOff(tx);
        try (Statement st = tx.connection().createStatement()) {
            st.execute("lock table customer, billing_address, orders in exclusive mode");
        }
        CopyManager copy = tx.connection().unwrap(PGConnection.class).getCopyAPI();
        long firstCustomer = nextId(tx, "customer");
        long started = System.nanoTime();
        String[] names = copyCustomers(copy, firstCustomer, customerCount);
        copyAddresses(copy, firstCustomer, names);
        Duration customerTime = Duration.ofNanos(System.nanoTime() - started);
        long[] products = productIds(tx);
        started = System.nanoTime();
        int replacements = copyOrders(copy, nextId(tx, "orders"), firstCustomer, customerCount, orderCount, products);
        Duration orderTime = Duration.ofNanos(System.nanoTime() - started);
        try (Statement st = tx.connection().createStatement()) {
            for (String table : List.of("customer", "billing_address", "orders")) {
                st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                        + "))");
            }
            // fresh statistics, so the first queries after the load get good plans
            st.execute("analyze customer, billing_address, orders");
            if (triggersOff) {
                st.execute("set local session_replication_role = origin");
                for (String table : List.of("customer", "billing_address", "orders")) {
                    st.execute("select pg_notify('uncloud_changes', json_build_object('table', '" + table
                            + "', 'id', null, 'op', 'reload')::text)");
                }
            }
        }
        tx.audit(
                "orders",
                null,
                "bulk_load",
                null,
                "{\"customers\": " + customerCount + ", \"orders\": " + orderCount + "}");
        LOG.info(
                "bulk-loaded {} customers in {} ms and {} orders in {} ms",
                customerCount,
                customerTime.toMillis(),
                orderCount,
                orderTime.toMillis());
        return new Report(customerCount, orderCount, replacements, customerTime, orderTime);
    }

    private static boolean switchTriggersOff(Transaction tx) throws SQLException {
        try (Statement st = tx.connection().createStatement();
                ResultSet rs = st.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                LOG.info("not a superuser: the bulk load runs every row trigger (slower)");
                return false;
            }
        }
        try (Statement st = tx.connection().createStatement()) {
            st.execute("set local session_replication_role = replica");
        }
        return true;
    }

    private static long nextId(Transaction tx, String table) throws SQLException {
        try (Statement st = tx.connection().createStatement();
                ResultSet rs = st.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The catalogue's products (created by {@link SampleData} when the database has none). */
    private static long[] productIds(Transaction tx) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = tx.connection().createStatement();
                ResultSet rs = st.executeQuery("select id from product order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private String[] copyCustomers(CopyManager copy, long firstId, int count) throws SQLException {
        String[] names = new String[count];
        try (Copy out = new Copy(copy, "copy customer (id, ldap_uid, name, email, is_staff) from stdin")) {
            for (int i = 0; i < count; i++) {
                String first = People.pick(random, People.FIRST_NAMES);
                String last = People.pick(random, People.LAST_NAMES);
                long id = firstId + i;
                String uid = People.uidOf(first, last) + "." + id;
                names[i] = first + " " + last;
                out.row(id, uid, names[i], uid + "@example.ch", "f");
            }
        }
        return names;
    }

    private void copyAddresses(CopyManager copy, long firstCustomer, String[] names) throws SQLException {
        try (Copy out = new Copy(
                copy, "copy billing_address (customer_id, full_name, street, postal_code, city, country) from stdin")) {
            for (int i = 0; i < names.length; i++) {
                People.Place place = People.place(random);
                out.row(
                        firstCustomer + i,
                        names[i],
                        People.pick(random, People.STREETS) + " " + (1 + random.nextInt(120)),
                        place.postalCode(),
                        place.city(),
                        place.country());
            }
        }
    }

    private static final String[] PERIODS = {
        "PER_MONTH",
        "PER_MONTH",
        "PER_MONTH",
        "PER_MONTH",
        "PER_MONTH",
        "PER_MONTH",
        "PER_MONTH",
        "PER_MONTH",
        "PER_MONTH",
        "PER_MONTH",
        "PER_30_DAYS",
        "PER_30_DAYS",
        "PER_YEAR",
        "PER_YEAR",
        "PER_365_DAYS",
        "PER_DAY",
        "PER_WEEK",
        "PER_HOUR",
        "PER_MINUTE",
        "PER_SECOND",
        "ONE_TIME",
        "ONE_TIME"
    };
    private static final String[] MONTHLY = {
        "2.50", "5.00", "9.90", "12.00", "15.00", "29.00", "32.00", "49.00", "89.00", "169.00"
    };
    private static final String[] SETUP = {"0.00", "0.00", "0.00", "0.00", "10.00", "25.00", "50.00"};

    private int copyOrders(
            CopyManager copy, long firstId, long firstCustomer, int customers, int count, long[] products)
            throws SQLException {
        int replacements = 0;
        long span = Duration.between(FROM, TO).toSeconds();
        try (Copy out = new Copy(
                copy,
                "copy orders (id, customer_id, product_id, description, one_time_price, recurring_price,"
                        + " recurring_period, starts_at, ends_at, replaces_id) from stdin")) {
            long id = firstId;
            int written = 0;
            while (written < count) {
                long customer = firstCustomer + random.nextInt(customers);
                String period = PERIODS[random.nextInt(PERIODS.length)];
                String recurring = switch (period) {
                    case "ONE_TIME" -> "0.00";
                    case "PER_SECOND", "PER_MINUTE" -> "0.01";
                    case "PER_HOUR" -> "0.05";
                    case "PER_DAY" -> "1.50";
                    case "PER_WEEK" -> "7.00";
                    case "PER_YEAR", "PER_365_DAYS" -> "120.00";
                    default -> MONTHLY[random.nextInt(MONTHLY.length)];
                };
                String oneTime = period.equals("ONE_TIME") ? "120.00" : SETUP[random.nextInt(SETUP.length)];
                Object product = products.length == 0 || random.nextInt(5) == 0
                        ? null
                        : products[random.nextInt(products.length)];
                Instant start = FROM.plusSeconds((long) (random.nextDouble() * span) / 60 * 60);
                boolean replaced = written + 1 < count && !period.equals("ONE_TIME") && random.nextInt(20) == 0;
                Instant next = start.plus(Duration.ofDays(1 + random.nextInt(120)));
                if (replaced && next.isBefore(TO)) {
                    out.row(
                            id,
                            customer,
                            product,
                            "Order " + id,
                            oneTime,
                            recurring,
                            period,
                            ts(start),
                            ts(next.minusSeconds(1)),
                            null);
                    String upgraded = new java.math.BigDecimal(recurring)
                            .multiply(java.math.BigDecimal.valueOf(2))
                            .toPlainString();
                    out.row(
                            id + 1,
                            customer,
                            product,
                            "Order " + (id + 1) + " (upgrade)",
                            "0.00",
                            upgraded,
                            period,
                            ts(next),
                            null,
                            id);
                    id += 2;
                    written += 2;
                    replacements++;
                    continue;
                }
                Instant end = null;
                if (period.equals("ONE_TIME")) {
                    end = start;
                } else if (random.nextInt(4) == 0) {
                    end = start.plus(Duration.ofDays(1 + random.nextInt(400))).minusSeconds(1);
                }
                out.row(
                        id,
                        customer,
                        product,
                        "Order " + id,
                        oneTime,
                        recurring,
                        period,
                        ts(start),
                        end == null ? null : ts(end),
                        null);
                id++;
                written++;
            }
        }
        return replacements;
    }

    private static String ts(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** Streams rows in COPY's text format, flushing every megabyte. */
    private static final class Copy implements AutoCloseable {
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);

        Copy(CopyManager copy, String sql) throws SQLException {
            this.in = copy.copyIn(sql);
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else {
                    String s = v.toString();
                    for (int c = 0; c < s.length(); c++) {
                        char ch = s.charAt(c);
                        switch (ch) {
                            case '\\' -> buffer.append("\\\\");
                            case '\t' -> buffer.append("\\t");
                            case '\n' -> buffer.append("\\n");
                            case '\r' -> buffer.append("\\r");
                            default -> buffer.append(ch);
                        }
                    }
                }
            }
            buffer.append('\n');
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
                in.endCopy();
            } catch (SQLException e) {
                if (in.isActive()) {
                    in.cancelCopy();
                }
                throw e;
            }
        }
    }
}
