package uncloud.client.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.ConflictException;
import uncloud.client.NotFoundException;
import uncloud.client.domain.AuditEvent;
import uncloud.client.domain.Customer;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.testing.TestDatabase;

class OptimisticLockingTest {
    static TestDatabase testDb;
    static Database db;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    static Customer newCustomer(String uid) {
        return db.inTransaction(
                "staff",
                tx -> Repositories.customers().insert(tx, Customer.create(uid, "Name of " + uid, null, false)));
    }

    static List<AuditEvent> auditOf(String table, long id) {
        return db.read(tx -> Repositories.auditEvents()
                .browse(
                        tx,
                        PageRequest.of(100)
                                .filteredBy(Filter.equalTo("tableName", table))
                                .filteredBy(Filter.equalTo("rowId", id)))
                .items());
    }

    @Test
    void anUpdateFromAStaleCopyLosesWithAReloadMessage() {
        Customer original = newCustomer("jack");
        Customer first =
                db.inTransaction("anna", tx -> Repositories.customers().update(tx, original.withName("Jack One")));

        ConflictException e = assertThrows(
                ConflictException.class,
                () -> db.inTransaction(
                        "bert", tx -> Repositories.customers().update(tx, original.withName("Jack Two"))));

        assertThat(e.getMessage())
                .isEqualTo("customer " + original.id() + " was changed by someone else: reload it and try again");
        assertThat(first.version()).isEqualTo(original.version() + 1);
        Customer reloaded = db.read(tx -> Repositories.customers().get(tx, original.id()));
        assertThat(reloaded).isEqualTo(first);
    }

    @Test
    void twoConcurrentUpdatesOfTheSameVersionLeaveExactlyOneWinner() throws Exception {
        Customer original = newCustomer("kate");
        CountDownLatch bothRead = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> attempt = () -> {
                bothRead.countDown();
                bothRead.await(5, TimeUnit.SECONDS);
                try {
                    db.inTransaction(
                            "staff",
                            tx -> Repositories.customers()
                                    .update(
                                            tx,
                                            original.withName(
                                                    Thread.currentThread().getName())));
                    return "won";
                } catch (ConflictException lost) {
                    return lost.getMessage();
                }
            };
            Future<String> a = pool.submit(attempt);
            Future<String> b = pool.submit(attempt);

            assertThat(List.of(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(
                            "won",
                            "customer " + original.id() + " was changed by someone else: reload it and try again");
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.read(tx -> Repositories.customers().get(tx, original.id()))
                        .version())
                .isEqualTo(1);
    }

    @Test
    void updatingADeletedRowSaysItIsGone() {
        Customer original = newCustomer("liam");
        db.runInTransaction("staff", tx -> Repositories.customers().delete(tx, original));

        NotFoundException e = assertThrows(
                NotFoundException.class,
                () -> db.inTransaction("staff", tx -> Repositories.customers().update(tx, original.withName("x"))));

        assertThat(e.getMessage()).isEqualTo("customer " + original.id() + " does not exist (any more)");
    }

    @Test
    void everyRepositoryMutationWritesItsAuditEventWithTheActor() {
        Customer created = db.inTransaction(
                "mona", tx -> Repositories.customers().insert(tx, Customer.create("nick", "Nick", null, false)));
        Customer renamed =
                db.inTransaction("mona", tx -> Repositories.customers().update(tx, created.withName("Nicholas")));
        db.runInTransaction("otto", tx -> Repositories.customers().delete(tx, renamed));

        List<AuditEvent> events = auditOf("customer", created.id());

        assertThat(events)
                .extracting(AuditEvent::actorUid, AuditEvent::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mona", "insert"),
                        org.assertj.core.groups.Tuple.tuple("mona", "update"),
                        org.assertj.core.groups.Tuple.tuple("otto", "delete"));
        assertThat(events.get(1).beforeJson()).contains("\"name\": \"Nick\"");
        assertThat(events.get(1).afterJson()).contains("\"name\": \"Nicholas\"");
        assertThat(events.get(2).afterJson()).isNull();
    }

    @Test
    void aFailedTransactionTakesItsAuditEventsWithIt() {
        Customer customer = newCustomer("paul");
        Order order = Order.create(
                customer.id(),
                null,
                "VPN",
                Money.of("0"),
                Money.of("5"),
                RecurringPeriod.PER_MONTH,
                Instant.parse("2026-03-01T00:00:00Z"));

        assertThrows(
                ConflictException.class,
                () -> db.runInTransaction("staff", tx -> {
                    Order stored = Repositories.orders().insert(tx, order);
                    Repositories.orders().update(tx, stored.withEndsAt(Instant.parse("2026-02-01T00:00:00Z")));
                }));

        List<Order> orders = db.read(tx -> Repositories.orders()
                .browse(tx, PageRequest.of(10).filteredBy(Filter.equalTo("customerId", customer.id())))
                .items());
        List<AuditEvent> events = db.read(tx -> Repositories.auditEvents()
                .browse(
                        tx,
                        PageRequest.of(10)
                                .filteredBy(Filter.equalTo("tableName", "orders"))
                                .filteredBy(Filter.contains("after", "\"customer_id\": " + customer.id() + ",")))
                .items());
        assertThat(orders).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void anOrderPriceChangeThroughTheRepositoryIsRefusedNamingTheColumn() {
        Customer customer = newCustomer("quin");
        Order order = db.inTransaction(
                "staff",
                tx -> Repositories.orders()
                        .insert(
                                tx,
                                Order.create(
                                        customer.id(),
                                        null,
                                        "Disk",
                                        Money.ZERO,
                                        Money.of("4"),
                                        RecurringPeriod.PER_MONTH,
                                        Instant.parse("2026-01-01T00:00:00Z"))));
        Order cheaper = new Order(
                order.id(),
                order.customerId(),
                null,
                order.description(),
                order.oneTimePrice(),
                Money.of("3"),
                order.recurringPeriod(),
                order.startsAt(),
                null,
                null,
                order.createdAt(),
                order.updatedAt(),
                order.version());

        ConflictException e = assertThrows(
                ConflictException.class,
                () -> db.inTransaction("staff", tx -> Repositories.orders().update(tx, cheaper)));

        assertThat(e.getMessage())
                .isEqualTo("orders are immutable: create a replacing order instead (recurring_price cannot change)");
    }
}
