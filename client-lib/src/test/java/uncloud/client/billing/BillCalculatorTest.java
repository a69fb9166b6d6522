package uncloud.client.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static uncloud.client.billing.Orders.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.client.domain.BillLine;
import uncloud.client.domain.BillingMonth;
import uncloud.client.domain.Money;
import uncloud.client.domain.MonthlyBill;
import uncloud.client.domain.Order;
import uncloud.client.domain.RecurringPeriod;

class BillCalculatorTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private static BillCalculator calculator(ZoneId zone) {
        return new BillCalculator(Clock.fixed(Instant.parse("2020-06-01T00:00:00Z"), zone), zone);
    }

    private static BillLine record(long order, String from, String to, String oneTime, String recurring) {
        return new BillLine(order, Instant.parse(from), Instant.parse(to), Money.of(oneTime), Money.of(recurring));
    }

    @Test
    void theWorkedExampleOfTheDesignBills1450InMarchAnd1500InApril() {
        Order order = order(1, "15.00", RecurringPeriod.PER_30_DAYS, "2020-03-03T00:00:00Z", null);
        BillCalculator calculator = calculator(UTC);

        MonthlyBill march = calculator
                .billFor(1, List.of(order), YearMonth.of(2020, 3), BigDecimal.ZERO)
                .orElseThrow();
        MonthlyBill april = calculator
                .billFor(1, List.of(order), YearMonth.of(2020, 4), BigDecimal.ZERO)
                .orElseThrow();

        assertThat(march)
                .isEqualTo(new MonthlyBill(
                        1,
                        BillingMonth.of(YearMonth.of(2020, 3), UTC),
                        List.of(record(1, "2020-03-03T00:00:00Z", "2020-03-31T23:59:59Z", "0.00", "14.50")),
                        BigDecimal.ZERO,
                        Money.of("14.50"),
                        Money.of("0.00"),
                        Money.of("14.50")));
        assertThat(march.records().get(0).seconds()).isEqualTo(2_505_600);
        assertThat(april.records())
                .containsExactly(record(1, "2020-04-01T00:00:00Z", "2020-04-30T23:59:59Z", "0.00", "15.00"));
        assertThat(april.total()).isEqualTo(Money.of("15.00"));
    }

    @ParameterizedTest(name = "{0} at {1} from {2} to {3}, billed in {4} ({5}): {6} s, {7}")
    @CsvSource(nullValues = "open", textBlock = """
            PER_SECOND,   0.01,   2021-03-01T00:00:00Z, 2021-03-01T00:01:39Z, 2021-03, UTC,              100,    1.00
            PER_MINUTE,   0.60,   2021-03-01T00:00:00Z, 2021-03-01T00:59:59Z, 2021-03, UTC,             3600,   36.00
            PER_HOUR,     1.00,   2021-01-01T00:00:00Z, open,                 2021-03, Europe/Zurich, 2674800, 743.00
            PER_HOUR,     1.00,   2021-01-01T00:00:00Z, open,                 2021-10, Europe/Zurich, 2682000, 745.00
            PER_DAY,      10.00,  2020-12-01T00:00:00Z, open,                 2021-03, Europe/Zurich, 2674800, 309.58
            PER_WEEK,     7.00,   2021-02-01T00:00:00Z, open,                 2021-02, UTC,           2419200,  28.00
            PER_30_DAYS,  15.00,  2021-01-01T00:00:00Z, open,                 2021-02, UTC,           2419200,  14.00
            PER_30_DAYS,  15.00,  2020-01-01T00:00:00Z, open,                 2020-02, UTC,           2505600,  14.50
            PER_30_DAYS,  15.00,  2020-01-01T00:00:00Z, open,                 2020-04, UTC,           2592000,  15.00
            PER_30_DAYS,  15.00,  2020-01-01T00:00:00Z, open,                 2020-05, UTC,           2678400,  15.50
            PER_365_DAYS, 365.00, 2020-01-01T00:00:00Z, open,                 2020-02, UTC,           2505600,  29.00
            PER_MONTH,    20.00,  2020-01-01T00:00:00Z, open,                 2021-02, UTC,           2419200,  20.00
            PER_MONTH,    20.00,  2020-01-01T00:00:00Z, open,                 2020-02, UTC,           2505600,  20.00
            PER_MONTH,    20.00,  2020-01-01T00:00:00Z, open,                 2020-04, UTC,           2592000,  20.00
            PER_MONTH,    20.00,  2020-01-01T00:00:00Z, open,                 2020-05, UTC,           2678400,  20.00
            PER_MONTH,    20.00,  2020-01-01T00:00:00Z, open,                 2021-03, Europe/Zurich, 2674800,  20.00
            PER_MONTH,    20.00,  2020-01-01T00:00:00Z, open,                 2021-10, Europe/Zurich, 2682000,  20.00
            PER_MONTH,    31.00,  2020-03-16T00:00:00Z, open,                 2020-03, UTC,           1382400,  16.00
            PER_MONTH,    30.00,  2021-03-28T01:00:00Z, open,                 2021-03, Europe/Zurich,  334800,   3.76
            PER_YEAR,     366.00, 2019-01-01T00:00:00Z, open,                 2020-02, UTC,           2505600,  29.00
            PER_YEAR,     365.00, 2019-01-01T00:00:00Z, open,                 2021-02, UTC,           2419200,  28.00
            """)
    void everyPeriodIsProratedByTheSecond(
            RecurringPeriod period,
            String price,
            String startsAt,
            String endsAt,
            YearMonth month,
            ZoneId zone,
            long seconds,
            String expected) {
        Order order = order(1, price, period, startsAt, endsAt);

        BillLine record =
                calculator(zone).recordFor(order, BillingMonth.of(month, zone)).orElseThrow();

        assertThat(record.seconds()).isEqualTo(seconds);
        assertThat(record.recurringAmount()).isEqualTo(Money.of(expected));
    }

    @ParameterizedTest(name = "order from {0} to {1}: record {2} – {3} ({4} s, {5})")
    @CsvSource(nullValues = "open", textBlock = """
            2021-03-31T23:59:59Z, open,                 2021-03-31T23:59:59Z, 2021-03-31T23:59:59Z,       1,  0.00
            2021-01-01T00:00:00Z, 2021-03-01T00:00:00Z, 2021-03-01T00:00:00Z, 2021-03-01T00:00:00Z,       1,  0.00
            2021-03-01T00:00:00Z, 2021-03-31T23:59:59Z, 2021-03-01T00:00:00Z, 2021-03-31T23:59:59Z, 2678400, 31.00
            2021-02-28T23:59:59Z, 2021-04-01T00:00:00Z, 2021-03-01T00:00:00Z, 2021-03-31T23:59:59Z, 2678400, 31.00
            2021-03-01T00:00:00Z, 2021-03-01T00:00:00Z, 2021-03-01T00:00:00Z, 2021-03-01T00:00:00Z,       1,  0.00
            2021-03-31T12:00:00Z, 2021-03-31T23:59:59Z, 2021-03-31T12:00:00Z, 2021-03-31T23:59:59Z,   43200,  0.50
            """)
    void ordersOnTheFirstOrLastSecondOfAMonthGetTheirSecondsCountedInclusively(
            String startsAt, String endsAt, String from, String to, long seconds, String amount) {
        Order order = order(1, "31.00", RecurringPeriod.PER_MONTH, startsAt, endsAt);

        BillLine record = calculator(UTC)
                .recordFor(order, BillingMonth.of(YearMonth.of(2021, 3), UTC))
                .orElseThrow();

        assertThat(record)
                .isEqualTo(new BillLine(1, Instant.parse(from), Instant.parse(to), Money.ZERO, Money.of(amount)));
        assertThat(record.seconds()).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "order from {0} to {1} is not on the March bill")
    @CsvSource(nullValues = "open", textBlock = """
            2021-01-01T00:00:00Z, 2021-02-28T23:59:59Z
            2021-04-01T00:00:00Z, open
            """)
    void ordersOutsideTheMonthGetNoRecord(String startsAt, String endsAt) {
        Order order = order(1, "10.00", RecurringPeriod.PER_MONTH, startsAt, endsAt);

        assertThat(calculator(UTC).recordFor(order, BillingMonth.of(YearMonth.of(2021, 3), UTC)))
                .isEmpty();
    }

    @Test
    void theFirstAndLastSecondOfAZurichMonthAreLocalMidnights() {
        Order order = order(1, "10.00", RecurringPeriod.PER_MONTH, "2021-01-01T00:00:00Z", null);

        BillLine record = calculator(ZURICH)
                .recordFor(order, BillingMonth.of(YearMonth.of(2021, 3), ZURICH))
                .orElseThrow();

        assertThat(record.startsAt()).isEqualTo(Instant.parse("2021-02-28T23:00:00Z"));
        assertThat(record.endsAt()).isEqualTo(Instant.parse("2021-03-31T21:59:59Z"));
        assertThat(record.recurringAmount()).isEqualTo(Money.of("10.00"));
    }

    @Test
    void theOneTimePriceIsChargedOnlyOnTheBillOfTheMonthTheOrderStarts() {
        Order order = order(1, 1, "50.00", "10.00", RecurringPeriod.PER_MONTH, "2021-03-01T00:00:00Z", null);
        BillCalculator calculator = calculator(UTC);

        BillLine march = calculator
                .recordFor(order, BillingMonth.of(YearMonth.of(2021, 3), UTC))
                .orElseThrow();
        BillLine april = calculator
                .recordFor(order, BillingMonth.of(YearMonth.of(2021, 4), UTC))
                .orElseThrow();

        assertThat(march.oneTimeAmount()).isEqualTo(Money.of("50.00"));
        assertThat(march.amount()).isEqualTo(Money.of("60.00"));
        assertThat(april.oneTimeAmount()).isEqualTo(Money.ZERO);
        assertThat(april.amount()).isEqualTo(Money.of("10.00"));
    }

    @Test
    void aOneTimeOrderHasExactlyOneRecordInTotalOnTheBillOfItsStartMonth() {
        Order setup = order(7, 1, "120.00", "0.00", RecurringPeriod.ONE_TIME, "2021-03-10T08:00:00Z", null);
        BillCalculator calculator = calculator(UTC);

        List<Optional<BillLine>> records = List.of(
                calculator.recordFor(setup, BillingMonth.of(YearMonth.of(2021, 2), UTC)),
                calculator.recordFor(setup, BillingMonth.of(YearMonth.of(2021, 3), UTC)),
                calculator.recordFor(setup, BillingMonth.of(YearMonth.of(2021, 4), UTC)),
                calculator.recordFor(setup, BillingMonth.of(YearMonth.of(2022, 3), UTC)));

        assertThat(records)
                .containsExactly(
                        Optional.empty(),
                        Optional.of(record(7, "2021-03-10T08:00:00Z", "2021-03-31T23:59:59Z", "120.00", "0.00")),
                        Optional.empty(),
                        Optional.empty());
    }

    @Test
    void aOneTimeOrderWithAnEndIsRecordedUntilItsEnd() {
        Order setup =
                order(7, 1, "120.00", "0.00", RecurringPeriod.ONE_TIME, "2021-03-10T08:00:00Z", "2021-03-12T08:00:00Z");

        assertThat(calculator(UTC).recordFor(setup, BillingMonth.of(YearMonth.of(2021, 3), UTC)))
                .contains(record(7, "2021-03-10T08:00:00Z", "2021-03-12T08:00:00Z", "120.00", "0.00"));
    }

    @Test
    void aReplacementChainBillsEachSecondOfTheMonthExactlyOnce() {
        // 30.00 per month, upgraded on the 11th to 60.00, downgraded on the 21st to 15.00 (April: 30 days)
        List<Order> chain = List.of(
                order(1, "30.00", RecurringPeriod.PER_MONTH, "2021-01-01T00:00:00Z", "2021-04-10T23:59:59Z"),
                order(2, "60.00", RecurringPeriod.PER_MONTH, "2021-04-11T00:00:00Z", "2021-04-20T23:59:59Z"),
                order(3, "15.00", RecurringPeriod.PER_MONTH, "2021-04-21T00:00:00Z", null));

        MonthlyBill april = calculator(UTC)
                .billFor(1, chain, YearMonth.of(2021, 4), BigDecimal.ZERO)
                .orElseThrow();

        assertThat(april.records())
                .containsExactly(
                        record(1, "2021-04-01T00:00:00Z", "2021-04-10T23:59:59Z", "0.00", "10.00"),
                        record(2, "2021-04-11T00:00:00Z", "2021-04-20T23:59:59Z", "0.00", "20.00"),
                        record(3, "2021-04-21T00:00:00Z", "2021-04-30T23:59:59Z", "0.00", "5.00"));
        assertThat(april.records().stream().mapToLong(BillLine::seconds).sum())
                .isEqualTo(BillingMonth.of(YearMonth.of(2021, 4), UTC).seconds());
        assertThat(april.subtotal()).isEqualTo(Money.of("35.00"));
    }

    @Test
    void eachRecordIsRoundedBeforeTheSubtotalIsSummed() {
        // each half day of 0.01 per day is 0.005, rounded up to 0.01 per record
        List<Order> orders = List.of(
                order(1, "0.01", RecurringPeriod.PER_DAY, "2021-03-31T12:00:00Z", null),
                order(2, "0.01", RecurringPeriod.PER_DAY, "2021-03-31T12:00:00Z", null));

        MonthlyBill bill = calculator(UTC)
                .billFor(1, orders, YearMonth.of(2021, 3), BigDecimal.ZERO)
                .orElseThrow();

        assertThat(bill.subtotal()).isEqualTo(Money.of("0.02"));
    }

    @ParameterizedTest(name = "subtotal {0} at {1} VAT: {2}, total {3}")
    @CsvSource(textBlock = """
            14.50,  0.081, 1.17,  15.67
            6.17,   0.081, 0.50,   6.67
            0.50,   0.05,  0.03,   0.53
            0.06,   0.081, 0.00,   0.06
            100.00, 0.077, 7.70, 107.70
            100.00, 0,     0.00, 100.00
            """)
    void vatIsTheRoundedProductOfSubtotalAndRate(String subtotal, String rate, String vat, String total) {
        Order order = order(1, 1, subtotal, "0.00", RecurringPeriod.ONE_TIME, "2021-03-10T00:00:00Z", null);

        MonthlyBill bill = calculator(UTC)
                .billFor(1, List.of(order), YearMonth.of(2021, 3), new BigDecimal(rate))
                .orElseThrow();

        assertThat(List.of(bill.subtotal(), bill.vat(), bill.total()))
                .containsExactly(Money.of(subtotal), Money.of(vat), Money.of(total));
    }

    @Test
    void customersWithoutAnOrderActiveInTheMonthGetNoBillAndBillsAreSortedByCustomer() {
        List<Order> orders = List.of(
                order(5, 3, "0.00", "10.00", RecurringPeriod.PER_MONTH, "2021-01-01T00:00:00Z", null),
                order(4, 2, "0.00", "10.00", RecurringPeriod.PER_MONTH, "2021-01-01T00:00:00Z", "2021-02-28T23:59:59Z"),
                order(3, 1, "0.00", "10.00", RecurringPeriod.PER_MONTH, "2021-01-01T00:00:00Z", null),
                order(2, 1, "5.00", "0.00", RecurringPeriod.ONE_TIME, "2021-03-02T00:00:00Z", null),
                order(6, 4, "5.00", "0.00", RecurringPeriod.ONE_TIME, "2021-02-02T00:00:00Z", null));

        List<MonthlyBill> bills = calculator(UTC).bills(orders, YearMonth.of(2021, 3), customer -> BigDecimal.ZERO);

        assertThat(bills).extracting(MonthlyBill::customerId).containsExactly(1L, 3L);
        assertThat(bills.get(0).records()).extracting(BillLine::orderId).containsExactly(2L, 3L);
        assertThat(bills.get(0).total()).isEqualTo(Money.of("15.00"));
    }
}
