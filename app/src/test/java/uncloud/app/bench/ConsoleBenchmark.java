package uncloud.app.bench;

import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.orders.DatabaseOrderBook;
import uncloud.app.orders.OrderRow;
import uncloud.app.session.LibrarySessionOpener;
import uncloud.app.table.ColumnSpec;
import uncloud.app.table.PagedSource;
import uncloud.app.table.PagedTableViewModel;
import uncloud.app.table.SortOrder;
import uncloud.app.testing.RecordingDialogService;
import uncloud.client.auth.PasswordSource;
import uncloud.client.billing.BillingService;
import uncloud.client.orders.OrderService;
import uncloud.client.profile.ConnectProgress;
import uncloud.client.profile.ConnectionProfile;
import uncloud.client.profile.Session;
import uncloud.client.ssh.SshPrompts;

/**
 * The console's figures for docs/benchmarks.md, against the offline demo: login to the first page of
 * orders, then 1,000,000 orders — the time to show each further page while scrolling (keyset fetch +
 * names + table update) and the heap after 100 pages. Run on purpose only:
 * {@code ./mvnw -pl app -am test -Dtest=ConsoleBenchmark -Duncloud.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "uncloud.bench", matches = "true")
class ConsoleBenchmark {
    private static final int ORDERS = Integer.getInteger("uncloud.bench.orders", 1_000_000);

    @Test
    void measure() throws Exception {
        consoleLogin("first in this JVM");
        consoleLogin("again, JVM warm");
        long loginStarted = System.nanoTime();
        try (Session session = Session.open(
                ConnectionProfile.demoProfile(),
                "alice",
                PasswordSource.typed("demo".toCharArray()),
                SshPrompts.refuseAll(),
                ConnectProgress.silent())) {
            Clock clock = Clock.systemUTC();
            DatabaseOrderBook orders = new DatabaseOrderBook(
                    session.database(),
                    "alice",
                    new OrderService(session.database(), clock, clock.getZone()),
                    new BillingService(session.database(), clock, clock.getZone()),
                    clock.getZone());
            PagedTableViewModel<OrderRow> table = table(orders);
            table.reload();
            System.out.printf(
                    "library demo login (PostgreSQL, LDAP; no agents) to first page of orders, JVM warm: %d ms%n",
                    (System.nanoTime() - loginStarted) / 1_000_000);

            long insertStarted = System.nanoTime();
            session.database().runInTransaction("bench", tx -> {
                try (PreparedStatement insert = tx.connection()
                        .prepareStatement(
                                "insert into orders (customer_id, description, one_time_price, recurring_price, recurring_period, starts_at)"
                                        + " select 1 + (i % 5), 'bench order ' || i, 0, 1 + (i % 50), 'PER_MONTH',"
                                        + " timestamptz '2020-01-01' + i * interval '1 minute' from generate_series(1, ?) as i")) {
                    insert.setInt(1, ORDERS);
                    insert.executeUpdate();
                }
            });
            System.out.printf(
                    "inserted %,d orders in %d s%n", ORDERS, (System.nanoTime() - insertStarted) / 1_000_000_000);

            table = table(orders);
            table.reload();
            long[] pageMillis = new long[100];
            for (int page = 0; page < pageMillis.length; page++) {
                long started = System.nanoTime();
                table.loadMore();
                pageMillis[page] = (System.nanoTime() - started) / 1_000_000;
            }
            long[] sorted = pageMillis.clone();
            Arrays.sort(sorted);
            System.out.printf(
                    "next page while scrolling (100 pages of %d): median %d ms, p95 %d ms, max %d ms; rows held %d%n",
                    PagedTableViewModel.PAGE_SIZE,
                    sorted[49],
                    sorted[94],
                    sorted[99],
                    table.rows().size());
            System.gc();
            Thread.sleep(500);
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(
                    "heap used after 100 pages (after GC, whole test JVM incl. embedded servers' clients): %d MB%n",
                    used / (1024 * 1024));
        }
    }

    /** As the login window does it: the demo's servers, its dry-run agent per host, the first page of orders. */
    private static void consoleLogin(String when) {
        long started = System.nanoTime();
        try (uncloud.app.session.Session session = new LibrarySessionOpener(Clock.systemUTC())
                .open(
                        ConnectionProfile.demoProfile(),
                        "alice",
                        "demo".toCharArray(),
                        (host, key) -> false,
                        step -> {})) {
            PagedTableViewModel<OrderRow> table = table(session.orders());
            table.reload();
            System.out.printf(
                    "console demo login (PostgreSQL, LDAP, dry-run agents) to first page of orders, %s: %d ms (%d rows)%n",
                    when,
                    (System.nanoTime() - started) / 1_000_000,
                    table.rows().size());
        }
    }

    private static PagedTableViewModel<OrderRow> table(PagedSource<OrderRow> orders) {
        List<ColumnSpec<OrderRow>> columns =
                List.of(ColumnSpec.<OrderRow>sortable("id", "Id", order -> String.valueOf(order.id())));
        return new PagedTableViewModel<>(
                orders,
                columns,
                new SortOrder("id", false),
                new CurrentThreadTaskRunner(),
                new RecordingDialogService());
    }
}
