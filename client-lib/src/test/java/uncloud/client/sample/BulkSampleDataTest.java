package uncloud.client.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.db.Database;
import uncloud.client.db.Repositories;
import uncloud.client.domain.Customer;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.testing.TestDatabase;

class BulkSampleDataTest {
    static TestDatabase testDb;
    static Database db;
    static BulkSampleData.Report report;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        SampleData.populate(db, 1, 10);
        report = BulkSampleData.load(db, 5, 2_000, 20_000);
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    static java.util.List<String> rows(String sql) {
        return SampleDataTest.rows(db, sql);
    }

    @Test
    void loadsTheAskedNumbersOfCustomersAddressesAndOrders() {
        assertThat(report.customers()).isEqualTo(2_000);
        assertThat(report.orders()).isEqualTo(20_000);
        assertThat(rows("select count(*) from customer")).containsExactly("2010");
        assertThat(rows("select count(*) from billing_address where active")).containsExactly("2010");
        assertThat(rows("select count(*) from orders where description like 'Order %'"))
                .containsExactly("20000");
    }

    @Test
    void ordersSpreadOverTwoYearsWithEveryPeriodAndValidReplacements() {
        assertThat(rows("select count(distinct recurring_period) from orders")).containsExactly("10");
        assertThat(rows("select count(distinct date_trunc('month', starts_at at time zone 'UTC')) from orders"
                        + " where description like 'Order %'"))
                .containsExactly("24");
        assertThat(rows("select count(*) from orders n join orders o on o.id = n.replaces_id"
                        + " where o.ends_at = n.starts_at - interval '1 second' and o.customer_id = n.customer_id"))
                .containsExactly(String.valueOf(report.replacements() + 0L + countSampleReplacements()));
        assertThat(report.replacements()).isGreaterThan(100);
    }

    static long countSampleReplacements() {
        return Long.parseLong(rows("select count(*) from orders where replaces_id is not null"
                        + " and description not like 'Order %'")
                .get(0));
    }

    @Test
    void theLoadIsAuditedOnceAndLeavesTheIdCountersBehindIt() {
        assertThat(rows("select action from audit_event where actor_uid = 'bulk-sample-data'"))
                .containsExactly("bulk_load");
        Customer customer = db.inTransaction(
                "staff",
                tx -> Repositories.customers().insert(tx, Customer.create("after.bulk", "After Bulk", null, false)));
        Order order = db.inTransaction(
                "staff",
                tx -> Repositories.orders()
                        .insert(
                                tx,
                                Order.create(
                                        customer.id(),
                                        null,
                                        "after",
                                        Money.ZERO,
                                        Money.of("1"),
                                        RecurringPeriod.PER_MONTH,
                                        Instant.parse("2026-01-01T00:00:00Z"))));

        assertThat(customer.id()).isEqualTo(2011);
        assertThat(order.id()).isGreaterThan(20_000);
    }
}
