package uncloud.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.app.audit.AuditCriteria;
import uncloud.app.orders.BillLine;
import uncloud.app.orders.OrderRow;
import uncloud.app.orders.OrderTerms;
import uncloud.app.orders.ReplacementPreview;
import uncloud.app.products.BillingPeriod;
import uncloud.app.products.Product;
import uncloud.app.products.ProductKind;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.app.table.SortOrder;
import uncloud.client.AuthenticationException;
import uncloud.client.ConflictException;
import uncloud.client.domain.AuditEvent;
import uncloud.client.domain.Money;
import uncloud.client.profile.ConnectStep;
import uncloud.client.profile.ConnectionProfile;

/** The console's services against client-lib's offline demo (embedded PostgreSQL, in-memory LDAP). */
class DemoSessionTest {
    private static final LoginPrompts NO_PROMPTS = LoginPrompts.refuseAll();
    private static final List<ConnectStep> steps = new ArrayList<>();
    /** Mid-January 2026 in the billing zone: orders of January and later can still be changed. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneId.of("Europe/Zurich"));

    private static Session session;

    @BeforeAll
    static void logInToTheDemo() {
        session = new LibrarySessionOpener(CLOCK)
                .open(ConnectionProfile.demoProfile(), "alice", "demo".toCharArray(), NO_PROMPTS, steps::add);
    }

    @AfterAll
    static void logOut() {
        session.close();
    }

    @Test
    void theDemoLoginReportsItsStepsAndTheStaffRole() {
        assertThat(steps).containsSubsequence(ConnectStep.DATABASE, ConnectStep.LDAP, ConnectStep.SCHEMA);
        assertThat(session.user()).isEqualTo("alice");
        assertThat(session.role()).isEqualTo("staff");
        assertThat(session.profileName()).isEqualTo("demo");
    }

    @Test
    void aWrongPasswordIsRefusedAsAnAuthenticationFailure() {
        assertThrows(
                AuthenticationException.class,
                () -> new LibrarySessionOpener(CLOCK)
                        .open(ConnectionProfile.demoProfile(), "alice", "wrong".toCharArray(), NO_PROMPTS, step -> {}));
    }

    @Test
    void aVmProductIsStoredWithItsAttributesAndAStaleEditIsAConflict() {
        Product created = session.products()
                .save(new Product(
                        null,
                        0,
                        "Demo VM small",
                        "2 cores",
                        ProductKind.VM,
                        Money.of("10.00"),
                        Money.of("15.00"),
                        BillingPeriod.PER_MONTH,
                        true,
                        Map.of(
                                ProductKind.Attribute.CORES,
                                2,
                                ProductKind.Attribute.RAM_MIB,
                                2048,
                                ProductKind.Attribute.DISK_GIB,
                                20)));

        Product loaded = session.products().get(created.id());
        assertThat(loaded).isEqualTo(created);
        assertThat(loaded.attributes())
                .isEqualTo(Map.of(
                        ProductKind.Attribute.CORES,
                        2,
                        ProductKind.Attribute.RAM_MIB,
                        2048,
                        ProductKind.Attribute.DISK_GIB,
                        20));

        Product renamed = session.products().save(withName(loaded, "Demo VM S"));
        assertThat(renamed.version()).isGreaterThan(loaded.version());
        assertThrows(ConflictException.class, () -> session.products().save(withName(loaded, "Demo VM stale")));
        assertThat(session.products().get(created.id()).name()).isEqualTo("Demo VM S");
    }

    @Test
    void productsArePagedByKeysetAndFilteredByName() {
        for (int i = 0; i < 12; i++) {
            session.products()
                    .save(new Product(
                            null,
                            0,
                            "Paging disk " + (100 + i),
                            "",
                            ProductKind.DISK,
                            Money.ZERO,
                            Money.of("1.00"),
                            BillingPeriod.PER_MONTH,
                            true,
                            Map.of(ProductKind.Attribute.DISK_GIB, 10 + i)));
        }
        PageQuery first = new PageQuery("paging disk", new SortOrder("name", false), Optional.empty(), 5);

        Page<Product> one = session.products().fetch(first);
        Page<Product> two = session.products().fetch(first.next(one.nextKey().orElseThrow()));
        Page<Product> three = session.products().fetch(first.next(two.nextKey().orElseThrow()));

        List<String> names = new ArrayList<>();
        for (Page<Product> page : List.of(one, two, three)) {
            page.rows().forEach(product -> names.add(product.name()));
        }
        assertThat(names).hasSize(12).first().isEqualTo("Paging disk 111");
        assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(three.isLast()).isTrue();
    }

    @Test
    void anOrderIsPlacedReplacedAndItsChainFollowed() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        OrderRow placed = session.orders()
                .place(new OrderTerms(
                        1, null, "Demo order", Money.ZERO, Money.of("20.00"), BillingPeriod.PER_MONTH, start));
        assertThat(placed.customerName()).isNotBlank();

        OrderRow replacement = session.orders()
                .replace(
                        placed.id(),
                        new OrderTerms(
                                1,
                                null,
                                "Demo order, bigger",
                                Money.ZERO,
                                Money.of("30.00"),
                                BillingPeriod.PER_MONTH,
                                Instant.parse("2026-02-01T00:00:00Z")));

        List<OrderRow> chain = session.orders().chain(replacement.id());
        assertThat(chain.stream().map(OrderRow::id).collect(Collectors.toList()))
                .containsExactly(placed.id(), replacement.id());
        assertThat(chain.get(0).endsAt()).isEqualTo(Instant.parse("2026-01-31T23:59:59Z"));
        assertThat(chain.get(0).replacedById()).isEqualTo(replacement.id());
        assertThat(chain.get(1).replacesId()).isEqualTo(placed.id());
    }

    @Test
    void aDowngradePreviewStartsAtThePeriodEndAndBillsTheLowerPriceFromThen() {
        Instant firstOfJanuary = Instant.parse("2025-12-31T23:00:00Z"); // midnight in Zurich
        OrderRow placed = session.orders()
                .place(new OrderTerms(
                        2,
                        null,
                        "Demo storage",
                        Money.ZERO,
                        Money.of("30.00"),
                        BillingPeriod.PER_MONTH,
                        firstOfJanuary));

        ReplacementPreview preview = session.orders()
                .previewReplacement(
                        placed.id(),
                        new OrderTerms(
                                2,
                                null,
                                "Demo storage, smaller",
                                Money.ZERO,
                                Money.of("10.00"),
                                BillingPeriod.PER_MONTH,
                                null));

        assertThat(preview.before()).isNotEmpty();
        assertThat(preview.after()).isNotEmpty();
        assertThat(preview.before().stream().map(BillLine::month).distinct().collect(Collectors.toList()))
                .containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(preview.before())
                .filteredOn(line -> line.orderId() == placed.id())
                .extracting(BillLine::recurring)
                .containsExactly(Money.of("30.00"), Money.of("30.00"));
        assertThat(preview.after())
                .filteredOn(line -> line.orderId() == placed.id())
                .isEmpty();
        // The planned order is not stored yet: its lines carry the unsaved id.
        assertThat(preview.after())
                .filteredOn(line -> line.orderId() == uncloud.client.domain.Order.UNSAVED)
                .extracting(BillLine::from, BillLine::recurring)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-01-31T23:00:00Z"), Money.of("10.00")),
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-02-28T23:00:00Z"), Money.of("10.00")));
        // Two months at 20.00 less; the customer's other orders are billed the same either way.
        assertThat(total(preview.before()).minus(total(preview.after()))).isEqualTo(Money.of("40.00"));
        assertThat(session.orders().chain(placed.id()))
                .extracting(OrderRow::endsAt)
                .containsExactly((Instant) null);
    }

    private static Money total(List<BillLine> lines) {
        return lines.stream().map(BillLine::total).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void everyChangeIsFoundInTheAuditLogByUserAndTable() {
        Product created = session.products()
                .save(new Product(
                        null,
                        0,
                        "Audited product",
                        "",
                        ProductKind.GENERIC,
                        Money.ZERO,
                        Money.of("3.00"),
                        BillingPeriod.PER_MONTH,
                        true,
                        Map.of()));

        Page<AuditEvent> events = session.audit()
                .fetch(
                        new AuditCriteria(Optional.of("product"), Optional.empty(), Optional.empty()),
                        new PageQuery("alic", new SortOrder("at", false), Optional.empty(), 50));

        assertThat(events.rows())
                .anyMatch(event -> event.rowId() == created.id()
                        && event.action().equals("insert")
                        && event.actorUid().equals("alice"));
        assertThat(events.rows()).allMatch(event -> event.tableName().equals("product"));
    }

    @Test
    void aChangeByAnotherConsoleIsAnnouncedWithinASecond() throws Exception {
        java.util.concurrent.Semaphore announced = new java.util.concurrent.Semaphore(0);
        try (AutoCloseable watch = session.watchChanges("product", announced::release)) {
            // the feed starts listening in the background: save until the first announcement arrives
            int attempt = 0;
            do {
                saveProduct("Feed warm-up " + attempt++);
            } while (!announced.tryAcquire(500, java.util.concurrent.TimeUnit.MILLISECONDS) && attempt < 20);
            announced.drainPermits();

            saveProduct("Announced product");

            assertThat(announced.tryAcquire(1, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
        }
    }

    private static void saveProduct(String name) {
        session.products()
                .save(new Product(
                        null,
                        0,
                        name,
                        "",
                        ProductKind.GENERIC,
                        Money.ZERO,
                        Money.of("1.00"),
                        BillingPeriod.PER_MONTH,
                        true,
                        Map.of()));
    }

    @Test
    void aCustomersOrdersAreListedUnderTheCustomer() {
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        OrderRow placed = session.orders()
                .place(new OrderTerms(
                        4, null, "Order of customer 4", Money.ZERO, Money.of("2.00"), BillingPeriod.PER_MONTH, start));

        Page<uncloud.client.domain.Order> orders = session.customers()
                .ordersOf(4)
                .fetch(new PageQuery("", new SortOrder("id", false), Optional.empty(), 100));

        assertThat(orders.rows()).anyMatch(order -> order.id() == placed.id());
        assertThat(orders.rows()).allMatch(order -> order.customerId() == 4);
        assertThat(session.customers()
                        .fetch(new PageQuery("carol", new SortOrder("name", true), Optional.empty(), 10))
                        .rows())
                .extracting(uncloud.client.domain.Customer::name)
                .containsExactly("Carol Customer");
    }

    @Test
    void customersArePickedByPartOfTheirNameOrByTheirNumber() {
        uncloud.client.domain.Customer carol = session.customers()
                .fetch(new PageQuery("carol", new SortOrder("name", true), Optional.empty(), 10))
                .rows()
                .get(0);

        assertThat(session.customers().matching("CAROL", 10)).containsExactly(carol);
        assertThat(session.customers().matching(String.valueOf(carol.id()), 10))
                .first()
                .isEqualTo(carol);
        List<uncloud.client.domain.Customer> byLetter = session.customers().matching("a", 3);
        assertThat(byLetter)
                .hasSize(3)
                .allMatch(customer ->
                        customer.name().toLowerCase(java.util.Locale.ROOT).contains("a"));
        assertThat(byLetter).extracting(uncloud.client.domain.Customer::name).isSortedAccordingTo(String::compareTo);
    }

    private static Product withName(Product product, String name) {
        return new Product(
                product.id(),
                product.version(),
                name,
                product.description(),
                product.kind(),
                product.oneTimePrice(),
                product.recurringPrice(),
                product.period(),
                product.active(),
                product.attributes());
    }
}
