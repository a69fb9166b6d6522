package uncloud.client.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.ConflictException;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.OrderTerms;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.domain.Replacement;
import uncloud.client.testing.TestDatabase;

class OrderServiceTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final Instant NOW = Instant.parse("2024-03-10T09:30:00Z");
    private static TestDatabase testDb;
    private static Database db;
    private static OrderService orders;
    private static long customer;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        orders = new OrderService(db, Clock.fixed(NOW, ZURICH), ZURICH);
        customer = db.inTransaction("fixture", tx -> {
            try (PreparedStatement st = tx.connection()
                            .prepareStatement(
                                    "insert into customer (ldap_uid, name) values ('ord', 'Ord') returning id");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    private static OrderTerms terms(String recurring, RecurringPeriod period) {
        return new OrderTerms(null, "vm", Money.of("5.00"), Money.of(recurring), period);
    }

    @Test
    void anOrderFromAProductTakesTheProductsDefaultPricesAndStartsNow() {
        long product = db.inTransaction("fixture", tx -> {
            try (PreparedStatement st = tx.connection()
                            .prepareStatement("insert into product (name, description,"
                                    + " kind, one_time_price, recurring_price, recurring_period)"
                                    + " values ('vm-small', 'Small VM', 'vm', 10, 15, 'PER_30_DAYS') returning id");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });

        Order order = orders.placeFromProduct("staff", customer, product, null);

        assertThat(order)
                .isEqualTo(new Order(
                        order.id(),
                        customer,
                        product,
                        "Small VM",
                        Money.of("10.00"),
                        Money.of("15.00"),
                        RecurringPeriod.PER_30_DAYS,
                        NOW,
                        null,
                        null));
        assertThat(orders.find(order.id())).isEqualTo(order);
    }

    @Test
    void anOrderEndsOnlyOnce() {
        Order order = orders.place("staff", customer, terms("10.00", RecurringPeriod.PER_MONTH), NOW);

        Order ended = orders.end("staff", order.id(), Instant.parse("2024-04-30T21:59:59Z"));
        ConflictException again = assertThrows(
                ConflictException.class, () -> orders.end("staff", order.id(), Instant.parse("2024-05-31T21:59:59Z")));

        assertThat(orders.find(order.id())).isEqualTo(ended);
        assertThat(again.getMessage()).contains("already ends at 2024-04-30T21:59:59Z");
    }

    @Test
    void anOrderCannotEndBeforeItStarts() {
        Order order = orders.place("staff", customer, terms("10.00", RecurringPeriod.PER_MONTH), NOW);

        ValidationException refused =
                assertThrows(ValidationException.class, () -> orders.end("staff", order.id(), NOW.minusSeconds(1)));

        assertThat(refused.field()).contains("endsAt");
    }

    @Test
    void replacingAnOrderEndsTheOldOneOneSecondBeforeTheNewStartsInOneAuditedTransaction() {
        Order old = orders.place(
                "staff", customer, terms("10.00", RecurringPeriod.PER_MONTH), Instant.parse("2024-01-01T00:00:00Z"));

        Replacement upgrade = orders.replace("alice", old.id(), terms("20.00", RecurringPeriod.PER_MONTH), null);

        Order stored = orders.find(upgrade.newOrder().id());
        assertThat(stored.replacesId()).isEqualTo(old.id());
        assertThat(stored.startsAt()).isEqualTo(NOW);
        assertThat(orders.find(old.id()).endsAt()).isEqualTo(NOW.minusSeconds(1));
        assertThat(auditActions(old.id(), upgrade.newOrder().id())).containsExactly("update", "insert", "replace");
    }

    @Test
    void aDowngradeStartsAtTheEndOfTheOldOrdersCurrentPeriod() {
        Order old = orders.place(
                "staff", customer, terms("10.00", RecurringPeriod.PER_MONTH), Instant.parse("2024-01-01T00:00:00Z"));

        Replacement downgrade = orders.replace("alice", old.id(), terms("5.00", RecurringPeriod.PER_MONTH), null);

        assertThat(downgrade.kind()).isEqualTo(Replacement.Kind.DOWNGRADE);
        assertThat(orders.find(downgrade.newOrder().id()).startsAt()).isEqualTo(Instant.parse("2024-03-31T22:00:00Z"));
        assertThat(orders.find(old.id()).endsAt()).isEqualTo(Instant.parse("2024-03-31T21:59:59Z"));
    }

    @Test
    void replacingAnAlreadyReplacedOrderIsRefusedNamingItsReplacement() {
        Order old = orders.place(
                "staff", customer, terms("10.00", RecurringPeriod.PER_MONTH), Instant.parse("2024-01-01T00:00:00Z"));
        Replacement first = orders.replace("alice", old.id(), terms("20.00", RecurringPeriod.PER_MONTH), null);

        ConflictException refused = assertThrows(
                ConflictException.class,
                () -> orders.replace("alice", old.id(), terms("30.00", RecurringPeriod.PER_MONTH), null));

        assertThat(refused.getMessage())
                .isEqualTo("Order " + old.id() + " was already replaced by order "
                        + first.newOrder().id() + "; replace order "
                        + first.newOrder().id() + " instead.");
    }

    @Test
    void replacingAnEndedOrderIsRefusedAndNothingIsWritten() {
        Order old = orders.place(
                "staff", customer, terms("10.00", RecurringPeriod.PER_MONTH), Instant.parse("2024-01-01T00:00:00Z"));
        orders.end("staff", old.id(), Instant.parse("2024-02-29T22:59:59Z"));
        int before = orders.ofCustomer(customer).size();

        ConflictException refused = assertThrows(
                ConflictException.class,
                () -> orders.replace("alice", old.id(), terms("30.00", RecurringPeriod.PER_MONTH), null));

        assertThat(refused.getMessage()).contains("ended at 2024-02-29T22:59:59Z");
        assertThat(orders.ofCustomer(customer)).hasSize(before);
    }

    @Test
    void theDatabaseRefusesToChangeAPriceInPlace() {
        Order order = orders.place("staff", customer, terms("10.00", RecurringPeriod.PER_MONTH), NOW);

        ConflictException refused = assertThrows(
                ConflictException.class,
                () -> db.runInTransaction("mallory", tx -> {
                    try (PreparedStatement st =
                            tx.connection().prepareStatement("update orders set recurring_price = 1 where id = ?")) {
                        st.setLong(1, order.id());
                        st.executeUpdate();
                    }
                }));

        assertThat(refused.getMessage()).contains("recurring_price cannot change");
    }

    @Test
    void aPlannedReplacementWritesNothing() {
        Order old = orders.place(
                "staff", customer, terms("10.00", RecurringPeriod.PER_MONTH), Instant.parse("2024-01-01T00:00:00Z"));

        Replacement planned = orders.planReplacement(old.id(), terms("20.00", RecurringPeriod.PER_MONTH), null);

        assertThat(planned.newOrder().id()).isEqualTo(Order.UNSAVED);
        assertThat(orders.find(old.id())).isEqualTo(old);
    }

    private static List<String> auditActions(long oldId, long newId) {
        return db.read(tx -> {
            try (PreparedStatement st = tx.connection()
                    .prepareStatement(
                            "select action from audit_event"
                                    + " where table_name = 'orders' and actor_uid = 'alice' and row_id in (?, ?) order by id")) {
                st.setLong(1, oldId);
                st.setLong(2, newId);
                List<String> actions = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        actions.add(rs.getString(1));
                    }
                }
                return actions;
            }
        });
    }
}
