package uncloud.bench.billing;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk sample data for the billing benchmark: customers with a billing address and ten orders each,
 * written with COPY (triggers off while loading, as a restore would). Deterministic for a seed.
 */
final class BulkOrders {
    private static final String[] PERIODS = {
        "PER_MONTH",
        "PER_MONTH",
        "PER_MONTH",
        "PER_30_DAYS",
        "PER_YEAR",
        "PER_DAY",
        "PER_HOUR",
        "PER_365_DAYS",
        "PER_WEEK",
        "ONE_TIME"
    };
    private static final String[] COUNTRIES = {"CH", "CH", "CH", "CH", "CH", "CH", "CH", "LI", "DE", "FR"};
    private static final long FROM = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = Instant.parse("2024-03-31T00:00:00Z").getEpochSecond() - FROM;

    private BulkOrders() {}

    /** Adds customers {@code firstCustomer..lastCustomer} (1-based, by number) with {@code ordersEach} orders. */
    static void load(Connection c, int firstCustomer, int lastCustomer, int ordersEach) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder customers = new StringBuilder();
        StringBuilder addresses = new StringBuilder();
        for (int i = firstCustomer; i <= lastCustomer; i++) {
            customers
                    .append(i)
                    .append("\tbench")
                    .append(i)
                    .append("\tCustomer ")
                    .append(i)
                    .append('\n');
            addresses
                    .append(i)
                    .append('\t')
                    .append(i)
                    .append("\tCustomer ")
                    .append(i)
                    .append("\tBahnhofstrasse ")
                    .append(i % 200 + 1)
                    .append("\t8001\tZürich\t")
                    .append(COUNTRIES[i % COUNTRIES.length])
                    .append('\n');
        }
        copyIn(copy, "copy customer (id, ldap_uid, name) from stdin", customers);
        copyIn(
                copy,
                "copy billing_address (id, customer_id, full_name, street, postal_code, city, country)" + " from stdin",
                addresses);
        SplittableRandom random = new SplittableRandom(42L * firstCustomer);
        StringBuilder orders = new StringBuilder(64 * 1024 * 1024);
        long id = (long) (firstCustomer - 1) * ordersEach;
        for (int customer = firstCustomer; customer <= lastCustomer; customer++) {
            for (int j = 0; j < ordersEach; j++) {
                String period = PERIODS[random.nextInt(PERIODS.length)];
                long start = FROM + random.nextLong(SPAN);
                String recurring =
                        period.equals("ONE_TIME") ? "0.00" : random.nextInt(1, 20_000) / 100 + "." + two(random);
                String end = random.nextInt(4) == 0
                        ? Instant.ofEpochSecond(start + random.nextLong(90L * 86_400))
                                .toString()
                        : "\\N";
                orders.append(++id)
                        .append('\t')
                        .append(customer)
                        .append("\tbench order\t")
                        .append(random.nextInt(3) == 0 ? "25.00" : "0.00")
                        .append('\t')
                        .append(recurring)
                        .append('\t')
                        .append(period)
                        .append('\t')
                        .append(Instant.ofEpochSecond(start))
                        .append('\t')
                        .append(end)
                        .append('\n');
            }
            if (orders.length() > 48 * 1024 * 1024) {
                copyOrders(copy, orders);
                orders.setLength(0);
            }
        }
        copyOrders(copy, orders);
        try (Statement st = c.createStatement()) {
            st.execute("set session_replication_role = origin");
            st.execute("select setval(pg_get_serial_sequence('customer', 'id'), (select max(id) from customer))");
            st.execute(
                    "select setval(pg_get_serial_sequence('billing_address', 'id'), (select max(id) from billing_address))");
            st.execute("select setval(pg_get_serial_sequence('orders', 'id'), (select max(id) from orders))");
            st.execute("analyze customer, billing_address, orders");
        }
    }

    private static String two(SplittableRandom random) {
        int cents = random.nextInt(100);
        return cents < 10 ? "0" + cents : Integer.toString(cents);
    }

    private static void copyOrders(CopyManager copy, StringBuilder orders) throws SQLException {
        copyIn(
                copy,
                "copy orders (id, customer_id, description, one_time_price, recurring_price, recurring_period,"
                        + " starts_at, ends_at) from stdin",
                orders);
    }

    static void copyIn(CopyManager copy, String sql, CharSequence rows) throws SQLException {
        try {
            copy.copyIn(sql, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }
}
