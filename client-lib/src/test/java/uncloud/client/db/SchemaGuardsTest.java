package uncloud.client.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.client.ConflictException;
import uncloud.client.testing.TestDatabase;

/** The database itself refuses what the design forbids, whoever sends the SQL. */
class SchemaGuardsTest {
    static TestDatabase testDb;
    static Database db;
    static long customer;
    static long otherCustomer;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        customer = insert("insert into customer (ldap_uid, name) values ('alice', 'Alice Example') returning id");
        otherCustomer = insert("insert into customer (ldap_uid, name) values ('bob', 'Bob Example') returning id");
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    static long insert(String sql, Object... args) {
        return db.inTransaction("staff", tx -> queryLong(tx, sql, args));
    }

    static long queryLong(Transaction tx, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = tx.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void execute(String sql, Object... args) {
        db.runInTransaction("staff", tx -> {
            try (PreparedStatement st = tx.connection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    st.setObject(i + 1, args[i]);
                }
                st.execute();
            }
        });
    }

    static long order(long customerId, String startsAt) {
        return insert(
                "insert into orders (customer_id, description, one_time_price, recurring_price, recurring_period,"
                        + " starts_at) values (?, 'VM small', 10.00, 15.00, 'PER_30_DAYS', ?::timestamptz) returning id",
                customerId,
                startsAt);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            one_time_price,   one_time_price = 1.00
            recurring_price,  recurring_price = 99.00
            recurring_period, recurring_period = 'PER_MONTH'
            starts_at,        starts_at = starts_at + interval '1 day'
            customer_id,      customer_id = %d
            """)
    void updatingAnImmutableOrderColumnIsRefusedNamingTheColumn(String column, String assignment) {
        long id = order(customer, "2026-01-01 00:00:00+00");
        String sql = "update orders set " + assignment.formatted(otherCustomer) + " where id = ?";

        ConflictException e = assertThrows(ConflictException.class, () -> execute(sql, id));

        assertThat(e.getMessage())
                .isEqualTo("orders are immutable: create a replacing order instead (" + column + " cannot change)");
    }

    @Test
    void endsAtCanBeSetOnceButNotTwice() {
        long id = order(customer, "2026-01-01 00:00:00+00");
        execute("update orders set ends_at = '2026-01-31 23:59:59+00' where id = ?", id);

        ConflictException e = assertThrows(
                ConflictException.class,
                () -> execute("update orders set ends_at = '2026-02-28 23:59:59+00' where id = ?", id));

        assertThat(e.getMessage())
                .startsWith("order " + id + " already ends at")
                .endsWith("ends_at can be set only once");
    }

    @Test
    void anOrderCannotEndBeforeItStarts() {
        long id = order(customer, "2026-01-01 00:00:00+00");

        ConflictException e = assertThrows(
                ConflictException.class,
                () -> execute("update orders set ends_at = '2025-12-31 23:59:59+00' where id = ?", id));

        assertThat(e.getMessage()).isEqualTo("an order cannot end before it starts");
    }

    @Test
    void negativePricesAreRefused() {
        ConflictException e = assertThrows(
                ConflictException.class,
                () -> insert("insert into orders (customer_id, description, one_time_price, recurring_price,"
                        + " recurring_period, starts_at) values (" + customer
                        + ", 'x', -1, 0, 'PER_MONTH', now()) returning id"));

        assertThat(e.getMessage()).isEqualTo("the one-time price cannot be negative");
    }

    @Test
    void anUnknownRecurringPeriodIsRefused() {
        assertThrows(
                ConflictException.class,
                () -> insert("insert into orders (customer_id, description, one_time_price, recurring_price,"
                        + " recurring_period, starts_at) values (" + customer
                        + ", 'x', 0, 0, 'PER_FORTNIGHT', now()) returning id"));
    }

    @Test
    void aReplacementEndsTheOldOrderOneSecondBeforeItStartsInOneTransaction() {
        long old = order(customer, "2026-01-01 00:00:00+00");

        long replacement = db.inTransaction("staff", tx -> {
            long id = queryLong(
                    tx,
                    "insert into orders (customer_id, description, one_time_price, recurring_price,"
                            + " recurring_period, starts_at, replaces_id) values (?, 'VM large', 0, 30.00,"
                            + " 'PER_30_DAYS', '2026-02-01 00:00:00+00', ?) returning id",
                    customer,
                    old);
            queryLong(tx, "update orders set ends_at = '2026-01-31 23:59:59+00' where id = ? returning id", old);
            return id;
        });

        assertThat(replacement).isGreaterThan(old);
        ConflictException twice = assertThrows(
                ConflictException.class,
                () -> db.inTransaction(
                        "staff",
                        tx -> queryLong(
                                tx,
                                "insert into orders (customer_id, description, one_time_price, recurring_price,"
                                        + " recurring_period, starts_at, replaces_id) values (?, 'again', 0, 1,"
                                        + " 'PER_30_DAYS', '2026-02-01 00:00:00+00', ?) returning id",
                                customer,
                                old)));
        assertThat(twice.getMessage()).isEqualTo("that order has already been replaced by another order");
    }

    @Test
    void aReplacementWhoseOldOrderKeepsRunningIsRefusedAtCommit() {
        long old = order(customer, "2026-01-01 00:00:00+00");

        ConflictException e = assertThrows(
                ConflictException.class,
                () -> insert(
                        "insert into orders (customer_id, description, one_time_price, recurring_price,"
                                + " recurring_period, starts_at, replaces_id) values (?, 'VM large', 0, 30.00,"
                                + " 'PER_30_DAYS', '2026-02-01 00:00:00+00', ?) returning id",
                        customer,
                        old));

        assertThat(e.getMessage()).startsWith("order " + old + " must end at 2026-01-31 23:59:59");
    }

    @Test
    void overlappingPoolsAreRefused() {
        insert("insert into vpn_pool (network, subnetwork_size, listen_port) values ('2001:db8::/40', 48, 51820)"
                + " returning id");

        ConflictException e = assertThrows(
                ConflictException.class,
                () -> insert("insert into vpn_pool (network, subnetwork_size, listen_port)"
                        + " values ('2001:db8:80::/44', 48, 51821) returning id"));

        assertThat(e.getMessage()).isEqualTo("this pool overlaps an existing pool");
    }

    @Test
    void aNetworkOutsideItsPoolOrOverlappingAnotherIsRefused() {
        long pool = insert("insert into vpn_pool (network, subnetwork_size, listen_port)"
                + " values ('2a0a:e5c1:200::/40', 48, 51830) returning id");
        String add = "insert into vpn_network (pool_id, network, customer_id) values (?, ?::cidr, ?) returning id";
        insert(add, pool, "2a0a:e5c1:201::/48", customer);

        ConflictException outside =
                assertThrows(ConflictException.class, () -> insert(add, pool, "2a0a:e5c2:300::/48", customer));
        ConflictException overlap =
                assertThrows(ConflictException.class, () -> insert(add, pool, "2a0a:e5c1:201::/48", otherCustomer));
        ConflictException wrongSize =
                assertThrows(ConflictException.class, () -> insert(add, pool, "2a0a:e5c1:202::/56", customer));

        assertThat(outside.getMessage())
                .isEqualTo("network 2a0a:e5c2:300::/48 is not inside its pool 2a0a:e5c1:200::/40");
        assertThat(overlap.getMessage()).isEqualTo("this network overlaps a network already handed out");
        assertThat(wrongSize.getMessage()).startsWith("network 2a0a:e5c1:202::/56 must be a /48");
    }

    @Test
    void aFinalBillAndItsRecordsCannotChange() {
        long orderId = order(customer, "2026-01-01 00:00:00+00");
        long bill = insert(
                "insert into bill (customer_id, period_starts_at, period_ends_at) values (?,"
                        + " '2026-01-01 00:00:00+01', '2026-01-31 23:59:59+01') returning id",
                customer);
        insert(
                "insert into bill_record (bill_id, order_id, period_starts_at, period_ends_at, one_time_amount,"
                        + " recurring_amount) values (?, ?, '2026-01-01 00:00:00+01', '2026-01-31 23:59:59+01', 10, 15)"
                        + " returning id",
                bill,
                orderId);
        execute(
                "update bill set status = 'final', number = 1001, subtotal = 25, total = 25,"
                        + " billing_address = '{\"country\": \"CH\"}' where id = ?",
                bill);

        ConflictException billChange = assertThrows(
                ConflictException.class, () -> execute("update bill set vat = 1, total = 26 where id = ?", bill));
        ConflictException recordChange = assertThrows(
                ConflictException.class,
                () -> execute("update bill_record set recurring_amount = 0 where bill_id = ?", bill));
        ConflictException billDelete =
                assertThrows(ConflictException.class, () -> execute("delete from bill where id = ?", bill));

        assertThat(billChange.getMessage())
                .isEqualTo("bill 1001 is final and cannot be changed: issue a credit note instead");
        assertThat(recordChange.getMessage()).isEqualTo("bill " + bill + " is final: its records cannot be changed");
        assertThat(billDelete.getMessage()).isEqualTo(billChange.getMessage());
        assertDoesNotThrow(() -> insert(
                "insert into bill (customer_id, period_starts_at, period_ends_at, credit_note_of) values (?,"
                        + " '2026-01-01 00:00:00+01', '2026-01-31 23:59:59+01', ?) returning id",
                customer,
                bill));
    }

    @Test
    void aCreditNoteMustCorrectAFinalBill() {
        long draft = insert(
                "insert into bill (customer_id, period_starts_at, period_ends_at) values (?,"
                        + " '2026-02-01 00:00:00+01', '2026-02-28 23:59:59+01') returning id",
                customer);

        ConflictException e = assertThrows(
                ConflictException.class,
                () -> insert(
                        "insert into bill (customer_id, period_starts_at, period_ends_at, credit_note_of) values (?,"
                                + " '2026-02-01 00:00:00+01', '2026-02-28 23:59:59+01', ?) returning id",
                        customer,
                        draft));

        assertThat(e.getMessage())
                .isEqualTo("a credit note corrects a final bill, and bill " + draft + " is not final");
    }

    @Test
    void aCustomerHasAtMostOneActiveBillingAddressInAnIsoCountry() {
        String add = "insert into billing_address (customer_id, full_name, street, postal_code, city, country)"
                + " values (?, 'Bob Example', 'Bahnhofstrasse 1', '8001', 'Zürich', ?) returning id";
        insert(add, otherCustomer, "CH");

        ConflictException second = assertThrows(ConflictException.class, () -> insert(add, otherCustomer, "DE"));
        ConflictException country = assertThrows(ConflictException.class, () -> insert(add, customer, "XX"));

        assertThat(second.getMessage()).startsWith("the customer already has an active billing address");
        assertThat(country.getMessage()).startsWith("the country must be an ISO 3166 two-letter code");
    }

    @Test
    void updatesBumpTheVersionAndAuditEventsCannotBeChanged() {
        long id = insert("insert into host (fqdn, kind) values ('hv1.example.ch', 'hypervisor') returning id");
        execute("update host set agent_url = 'https://hv1.example.ch:8443' where id = ?", id);

        long version = insert("select version from host where id = ?", id);

        assertThat(version).isEqualTo(1);
        ConflictException e = assertThrows(ConflictException.class, () -> execute("delete from audit_event"));
        assertThat(e.getMessage()).startsWith("audit events are a permanent record");
    }

    @Test
    void vmIdsStayWithinTenHexDigits() {
        long max =
                insert("select seqmax from pg_sequence where seqrelid = pg_get_serial_sequence('vm', 'id')::regclass");

        assertThat(Long.toHexString(max)).isEqualTo("ffffffffff");
    }
}
