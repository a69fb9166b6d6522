package uncloud.client.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uncloud.client.billing.BillingFixtures.count;
import static uncloud.client.billing.BillingFixtures.customer;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.ConflictException;
import uncloud.client.db.Database;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.OrderTerms;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.orders.OrderService;
import uncloud.client.testing.TestDatabase;

/** The per-statement checks that stand in for bill_record's foreign keys (migration V10). */
class BillRecordGuardsTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static TestDatabase testDb;
    private static Database db;
    private static Order order;
    private static long draftId;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        Clock clock = Clock.fixed(Instant.parse("2024-04-05T10:00:00Z"), ZURICH);
        long customer = customer(db, "guards", "CH");
        order = new OrderService(db, clock, ZURICH)
                .place(
                        "staff",
                        customer,
                        new OrderTerms(null, "vm", Money.ZERO, Money.of("10.00"), RecurringPeriod.PER_MONTH),
                        Instant.parse("2024-01-01T00:00:00Z"));
        BillingService billing = new BillingService(db, clock, ZURICH);
        billing.generate("staff", YearMonth.of(2024, 3));
        draftId = billing.bills(customer, YearMonth.of(2024, 3)).get(0).id();
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    private static ConflictException refused(String sql) {
        return assertThrows(
                ConflictException.class,
                () -> db.runInTransaction("mallory", tx -> {
                    try (PreparedStatement st = tx.connection().prepareStatement(sql)) {
                        st.execute();
                    }
                }));
    }

    @Test
    void aRecordOfAnOrderThatDoesNotExistIsRefused() {
        ConflictException e = refused("insert into bill_record (bill_id, order_id, period_starts_at, period_ends_at)"
                + " values (" + draftId + ", 999999, now(), now())");

        assertThat(e.getMessage()).isEqualTo("order 999999 does not exist: a bill record must refer to an order");
    }

    @Test
    void aRecordOfABillThatDoesNotExistIsRefused() {
        ConflictException e = refused("insert into bill_record (bill_id, order_id, period_starts_at, period_ends_at)"
                + " values (888888, " + order.id() + ", now(), now())");

        assertThat(e.getMessage()).isEqualTo("bill 888888 does not exist: a bill record must belong to a bill");
    }

    @Test
    void anOrderThatIsOnABillCannotBeDeleted() {
        ConflictException e = refused("delete from orders where id = " + order.id());

        assertThat(e.getMessage())
                .isEqualTo("order " + order.id() + " is on a bill and cannot be deleted: end it instead");
    }

    @Test
    void deletingADraftBillDeletesItsRecords() {
        db.runInTransaction("staff", tx -> {
            try (PreparedStatement st = tx.connection().prepareStatement("delete from bill where id = " + draftId)) {
                st.execute();
            }
            try (PreparedStatement st =
                    tx.connection().prepareStatement("select count(*) from bill_record where bill_id = " + draftId)) {
                var rs = st.executeQuery();
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            tx.connection().rollback(); // keep the draft for the other tests
        });

        assertThat(count(db, "select count(*) from bill_record where bill_id = " + draftId))
                .isEqualTo(1);
    }
}
