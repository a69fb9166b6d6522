package uncloud.client.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.domain.Customer;
import uncloud.client.domain.Host;
import uncloud.client.domain.HostKind;
import uncloud.client.testing.TestDatabase;

class ChangeFeedTest {
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

    static ChangeEvent next(BlockingQueue<ChangeEvent> events, String table) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            ChangeEvent e = events.poll(200, TimeUnit.MILLISECONDS);
            if (e != null && e.table().equals(table)) {
                return e;
            }
        }
        throw new AssertionError("no change event for " + table + " arrived");
    }

    static void awaitConnected(ChangeFeed feed) throws InterruptedException {
        for (int i = 0; i < 100 && !feed.isConnected(); i++) {
            Thread.sleep(50);
        }
        assertThat(feed.isConnected()).isTrue();
    }

    @Test
    void aCommittedChangeArrivesAsATypedEvent() throws Exception {
        BlockingQueue<ChangeEvent> events = new LinkedBlockingQueue<>();
        ChangeFeed feed = db.changeFeed();
        try (AutoCloseable subscription = feed.subscribe(events::add)) {
            awaitConnected(feed);
            Customer customer = db.inTransaction(
                    "staff", tx -> Repositories.customers().insert(tx, Customer.create("rita", "Rita", null, false)));
            db.runInTransaction("staff", tx -> Repositories.customers().update(tx, customer.withName("Rita R.")));

            assertThat(next(events, "customer"))
                    .isEqualTo(new ChangeEvent("customer", customer.id(), ChangeEvent.Operation.INSERT));
            assertThat(next(events, "customer"))
                    .isEqualTo(new ChangeEvent("customer", customer.id(), ChangeEvent.Operation.UPDATE));
        }
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        BlockingQueue<ChangeEvent> events = new LinkedBlockingQueue<>();
        ChangeFeed feed = db.changeFeed();
        try (AutoCloseable subscription = feed.subscribe(events::add)) {
            awaitConnected(feed);
            try {
                db.runInTransaction("staff", tx -> {
                    Repositories.hosts().insert(tx, Host.create("gone.uncloud.ch", HostKind.VPN));
                    throw new IllegalStateException("abort");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            Host kept = db.inTransaction(
                    "staff", tx -> Repositories.hosts().insert(tx, Host.create("kept.uncloud.ch", HostKind.VPN)));

            assertThat(next(events, "host"))
                    .isEqualTo(new ChangeEvent("host", kept.id(), ChangeEvent.Operation.INSERT));
        }
    }

    @Test
    void theFeedReconnectsAfterItsConnectionIsKilledAndAsksForAReload() throws Exception {
        BlockingQueue<ChangeEvent> events = new LinkedBlockingQueue<>();
        ChangeFeed feed = db.changeFeed();
        try (AutoCloseable subscription = feed.subscribe(events::add)) {
            awaitConnected(feed);
            try (Connection c = testDb.dataSource().getConnection();
                    Statement st = c.createStatement()) {
                st.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where application_name = 'uncloud-change-feed' and datname = current_database()");
            }

            assertThat(next(events, ChangeEvent.ALL_TABLES))
                    .isEqualTo(new ChangeEvent("*", null, ChangeEvent.Operation.RELOAD));
            Customer customer = db.inTransaction(
                    "staff", tx -> Repositories.customers().insert(tx, Customer.create("sam", "Sam", null, false)));
            assertThat(next(events, "customer"))
                    .isEqualTo(new ChangeEvent("customer", customer.id(), ChangeEvent.Operation.INSERT));
        }
    }
}
