package uncloud.client.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uncloud.client.billing.BillingFixtures.count;
import static uncloud.client.billing.BillingFixtures.customer;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uncloud.client.ConflictException;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.domain.AddressSnapshot;
import uncloud.client.domain.BillLine;
import uncloud.client.domain.BillStatus;
import uncloud.client.domain.Money;
import uncloud.client.domain.MonthlyBill;
import uncloud.client.domain.Order;
import uncloud.client.domain.OrderTerms;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.domain.StoredBill;
import uncloud.client.orders.OrderService;
import uncloud.client.testing.TestDatabase;

class BillingServiceTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    private static final Instant APRIL_5 = Instant.parse("2024-04-05T10:00:00Z");
    private static final Instant MARCH_1 = Instant.parse("2024-02-29T23:00:00Z");

    private TestDatabase testDb;
    private Database db;
    private OrderService orders;
    private BillingService billing;

    @BeforeEach
    void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        Clock clock = Clock.fixed(APRIL_5, ZURICH);
        orders = new OrderService(db, clock, ZURICH);
        billing = new BillingService(db, clock, ZURICH);
    }

    @AfterEach
    void stop() {
        testDb.close();
    }

    private Order place(long customer, String oneTime, String recurring, RecurringPeriod period, Instant start) {
        return orders.place(
                "staff", customer, new OrderTerms(null, "vm", Money.of(oneTime), Money.of(recurring), period), start);
    }

    private StoredBill regularBill(long customer) {
        return billing.bills(customer, MARCH).stream()
                .filter(b -> !b.isCreditNote())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void generatedDraftsAreTheBillsOfThePureCalculatorWithTheVatOfTheCustomersCountry() {
        long swiss = customer(db, "swiss", "CH");
        long german = customer(db, "german", "DE");
        Order a = place(swiss, "10.00", "31.00", RecurringPeriod.PER_MONTH, Instant.parse("2024-03-16T23:00:00Z"));
        Order b = place(german, "0.00", "15.00", RecurringPeriod.PER_30_DAYS, Instant.parse("2024-01-01T00:00:00Z"));

        GenerationReport report = billing.generate("staff", MARCH);

        BillCalculator calculator = new BillCalculator(Clock.fixed(APRIL_5, ZURICH), ZURICH);
        assertThat(report).isEqualTo(new GenerationReport(2, 2, 0, 0));
        assertThat(regularBill(swiss).bill())
                .isEqualTo(calculator
                        .billFor(swiss, List.of(a), MARCH, new BigDecimal("0.08100"))
                        .orElseThrow());
        // 10.00 one-time + 31.00 × 359 h / 743 h (DST month) = 24.98, VAT 2.02
        assertThat(regularBill(swiss).bill().total()).isEqualTo(Money.of("27.00"));
        assertThat(regularBill(german).bill())
                .isEqualTo(calculator
                        .billFor(german, List.of(b), MARCH, new BigDecimal("0.00000"))
                        .orElseThrow());
        assertThat(regularBill(swiss).status()).isEqualTo(BillStatus.DRAFT);
    }

    @Test
    void generatingTwiceYieldsTheSameBillsAndRegeneratingPicksUpNewOrders() {
        long customer = customer(db, "twice", "CH");
        place(customer, "0.00", "20.00", RecurringPeriod.PER_MONTH, Instant.parse("2024-01-01T00:00:00Z"));
        billing.generate("staff", MARCH);
        MonthlyBill first = regularBill(customer).bill();

        billing.generate("staff", MARCH);
        assertThat(regularBill(customer).bill()).isEqualTo(first);
        assertThat(count(db, "select count(*) from bill")).isEqualTo(1);

        place(customer, "5.00", "0.00", RecurringPeriod.ONE_TIME, Instant.parse("2024-03-20T00:00:00Z"));
        billing.generate("staff", MARCH, customer);
        assertThat(regularBill(customer).bill().subtotal()).isEqualTo(Money.of("25.00"));
        assertThat(count(db, "select count(*) from bill")).isEqualTo(1);
    }

    @Test
    void twoConcurrentRunsFromTwoPoolsYieldExactlyTheBillsOfOneRun() throws Exception {
        for (int i = 0; i < 60; i++) {
            long customer = customer(db, "c" + i, i % 2 == 0 ? "CH" : "FR");
            for (int j = 0; j <= i % 4; j++) {
                place(
                        customer,
                        j + ".00",
                        (7 + i) + "." + j + "5",
                        RecurringPeriod.values()[1 + (i + j) % 9],
                        Instant.parse("2024-02-10T00:00:00Z").plusSeconds(86_399L * (i / 2 + 3 * j)));
            }
        }
        billing.generate("staff", MARCH);
        List<MonthlyBill> oneRun = allBills();
        db.runInTransaction("staff", tx -> tx.connection().createStatement().execute("delete from bill"));

        Clock clock = Clock.fixed(APRIL_5, ZURICH);
        try (Database otherProcess = Database.connect(testDb.settings())) {
            // small chunks, so that the two runs meet on many customers
            List<BillingService> workers = List.of(
                    new BillingService(db, clock, ZURICH, 7), new BillingService(otherProcess, clock, ZURICH, 7));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<GenerationReport>> runs = new java.util.ArrayList<>();
            for (BillingService worker : workers) {
                runs.add(pool.submit(() -> worker.generate("staff", MARCH)));
            }
            long written = 0;
            for (Future<GenerationReport> run : runs) {
                written += run.get().billsWritten();
            }
            pool.shutdown();
            assertThat(written).isGreaterThanOrEqualTo(oneRun.size());
        }

        assertThat(allBills()).isEqualTo(oneRun);
        assertThat(oneRun).hasSizeGreaterThan(40);
    }

    private List<MonthlyBill> allBills() {
        return db.read(tx -> {
            List<MonthlyBill> bills = new java.util.ArrayList<>();
            try (PreparedStatement st =
                            tx.connection().prepareStatement("select id from bill order by customer_id, id");
                    java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    bills.add(billing.find(rs.getLong(1)).bill());
                }
            }
            return bills;
        });
    }

    @Test
    void finalisingNumbersBillsPerYearWithoutGapsAndFreezesTheAddress() {
        long a = customer(db, "fa", "CH");
        long b = customer(db, "fb", "CH");
        long noAddress = customer(db, "fc", null);
        for (long c : List.of(a, noAddress, b)) {
            place(c, "0.00", "10.00", RecurringPeriod.PER_MONTH, Instant.parse("2024-01-01T00:00:00Z"));
        }
        billing.generate("staff", MARCH);

        StoredBill first = billing.finalizeBill("staff", regularBill(a).id());
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> billing.finalizeBill("staff", regularBill(noAddress).id()));
        StoredBill second = billing.finalizeBill("staff", regularBill(b).id());

        assertThat(List.of(first.displayNumber(), second.displayNumber()))
                .containsExactly("2024-000001", "2024-000002");
        assertThat(refused.getMessage()).contains("has no active billing address");
        assertThat(first.billingAddress())
                .isEqualTo(new AddressSnapshot("FA", null, "Bahnhofstrasse 1", "8001", "Zürich", "CH"));
        assertThat(first.finalizedAt()).isEqualTo(APRIL_5);
        assertThat(billing.find(regularBill(noAddress).id()).status()).isEqualTo(BillStatus.DRAFT);
    }

    @Test
    void aBillOfAMonthThatHasNotEndedCannotBeFinalised() {
        long customer = customer(db, "early", "CH");
        place(customer, "0.00", "10.00", RecurringPeriod.PER_MONTH, Instant.parse("2024-01-01T00:00:00Z"));
        billing.generate("staff", YearMonth.of(2024, 4));
        long april = billing.bills(customer, YearMonth.of(2024, 4)).get(0).id();

        ValidationException refused =
                assertThrows(ValidationException.class, () -> billing.finalizeBill("staff", april));

        assertThat(refused.getMessage()).contains("has not ended yet");
    }

    @Test
    void regeneratingNeverTouchesAFinalBill() {
        long customer = customer(db, "fin", "CH");
        place(customer, "0.00", "10.00", RecurringPeriod.PER_MONTH, Instant.parse("2024-01-01T00:00:00Z"));
        billing.generate("staff", MARCH);
        StoredBill fin = billing.finalizeBill("staff", regularBill(customer).id());
        place(customer, "99.00", "0.00", RecurringPeriod.ONE_TIME, Instant.parse("2024-03-20T00:00:00Z"));

        GenerationReport report = billing.generate("staff", MARCH);

        assertThat(report).isEqualTo(new GenerationReport(0, 0, 1, 0));
        assertThat(billing.find(fin.id())).isEqualTo(fin);
    }

    @Test
    void theDatabaseRefusesEveryChangeToAFinalBillAndItsRecords() {
        long customer = customer(db, "imm", "CH");
        place(customer, "0.00", "10.00", RecurringPeriod.PER_MONTH, Instant.parse("2024-01-01T00:00:00Z"));
        billing.generate("staff", MARCH);
        long id = billing.finalizeBill("staff", regularBill(customer).id()).id();
        Order later = place(customer, "0.00", "5.00", RecurringPeriod.PER_MONTH, Instant.parse("2024-04-01T00:00:00Z"));

        for (String sql : List.of(
                "update bill set total = 0, subtotal = 0, vat = 0 where id = " + id,
                "delete from bill where id = " + id,
                "update bill_record set recurring_amount = 0 where bill_id = " + id,
                "delete from bill_record where bill_id = " + id,
                "insert into bill_record (bill_id, order_id, period_starts_at, period_ends_at)" + " select " + id + ", "
                        + later.id() + ", now(), now()")) {
            ConflictException refused = assertThrows(
                    ConflictException.class,
                    () -> db.runInTransaction("mallory", tx -> {
                        try (PreparedStatement st = tx.connection().prepareStatement(sql)) {
                            st.execute();
                        }
                    }),
                    sql);
            assertThat(refused.getMessage())
                    .containsAnyOf("is final and cannot be changed", "its records cannot be changed");
        }
    }

    @Test
    void aCreditNoteReferencesTheFinalBillItCorrects() {
        long customer = customer(db, "cn", "CH");
        Order order =
                place(customer, "0.00", "100.00", RecurringPeriod.PER_MONTH, Instant.parse("2024-01-01T00:00:00Z"));
        billing.generate("staff", MARCH);
        StoredBill fin = billing.finalizeBill("staff", regularBill(customer).id());

        StoredBill partial = billing.creditNote("staff", fin.id(), order.id(), Money.of("40.00"));
        ValidationException tooMuch = assertThrows(
                ValidationException.class, () -> billing.creditNote("staff", fin.id(), order.id(), Money.of("60.01")));
        StoredBill numbered = billing.finalizeBill("staff", partial.id());

        assertThat(partial.creditNoteOf()).isEqualTo(fin.id());
        assertThat(partial.bill().records())
                .containsExactly(new BillLine(
                        order.id(), MARCH_1, Instant.parse("2024-03-31T21:59:59Z"), Money.ZERO, Money.of("-40.00")));
        assertThat(List.of(
                        partial.bill().subtotal(),
                        partial.bill().vat(),
                        partial.bill().total()))
                .containsExactly(Money.of("-40.00"), Money.of("-3.24"), Money.of("-43.24"));
        assertThat(tooMuch.getMessage()).contains("at most 60.00 is left");
        assertThat(numbered.displayNumber()).isEqualTo("2024-000002");
        assertThat(billing.find(fin.id())).isEqualTo(fin);
    }

    @Test
    void aFullReversalCancelsTheBillToTheCentAndCannotBeRepeated() {
        long customer = customer(db, "rev", "CH");
        place(customer, "12.35", "99.99", RecurringPeriod.PER_MONTH, Instant.parse("2024-03-07T10:00:00Z"));
        billing.generate("staff", MARCH);
        StoredBill fin = billing.finalizeBill("staff", regularBill(customer).id());

        StoredBill reversal = billing.creditNote("staff", fin.id());
        ConflictException again = assertThrows(ConflictException.class, () -> billing.creditNote("staff", fin.id()));

        assertThat(reversal.bill().total()).isEqualTo(fin.bill().total().negate());
        assertThat(reversal.bill().vat()).isEqualTo(fin.bill().vat().negate());
        assertThat(again.getMessage()).contains("already has a credit note");
    }

    @Test
    void aDraftCannotBeCreditedOnlyRegenerated() {
        long customer = customer(db, "dcn", "CH");
        place(customer, "0.00", "100.00", RecurringPeriod.PER_MONTH, Instant.parse("2024-01-01T00:00:00Z"));
        billing.generate("staff", MARCH);

        assertThrows(
                ConflictException.class,
                () -> billing.creditNote("staff", regularBill(customer).id()));
    }

    @Test
    void previewsWriteNothing() {
        long customer = customer(db, "prev", "CH");
        Order order =
                place(customer, "0.00", "30.00", RecurringPeriod.PER_MONTH, Instant.parse("2024-01-01T00:00:00Z"));
        long auditEvents = count(db, "select count(*) from audit_event");

        Optional<MonthlyBill> march = billing.preview(customer, MARCH);
        Optional<MonthlyBill> upgraded = billing.previewReplacement(
                order.id(),
                new OrderTerms(null, "vm", Money.ZERO, Money.of("60.00"), RecurringPeriod.PER_MONTH),
                null,
                YearMonth.of(2024, 4));

        assertThat(march.orElseThrow().subtotal()).isEqualTo(Money.of("30.00"));
        // upgraded on April 5th 12:00 (Zurich): 4.5 days at 30.00, 25.5 days at 60.00
        assertThat(upgraded.orElseThrow().records())
                .extracting(BillLine::orderId, BillLine::recurringAmount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Order.UNSAVED, Money.of("51.00")),
                        org.assertj.core.groups.Tuple.tuple(order.id(), Money.of("4.50")));
        assertThat(count(db, "select count(*) from bill")).isZero();
        assertThat(count(db, "select count(*) from audit_event")).isEqualTo(auditEvents);
        assertThat(orders.find(order.id()).endsAt()).isNull();
    }
}
