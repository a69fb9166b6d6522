package uncloud.client.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import uncloud.client.domain.BillLine;
import uncloud.client.domain.BillingMonth;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.RecurringPeriod;

class BillCalculatorProperties {
    private static final long FROM = Instant.parse("2019-06-01T00:00:00Z").getEpochSecond();

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "Europe/Zurich", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata")
                .map(ZoneId::of);
    }

    @Provide
    Arbitrary<RecurringPeriod> recurringPeriods() {
        return Arbitraries.of(RecurringPeriod.class).filter(RecurringPeriod::isRecurring);
    }

    @Property(tries = 300)
    void theRecurringSecondsBilledOverAnyRunOfMonthsAddUpToTheSecondsTheOrderWasActiveInThem(
            @ForAll("zones") ZoneId zone,
            @ForAll("recurringPeriods") RecurringPeriod period,
            @ForAll @LongRange(min = 0, max = 94_000_000) long startOffset,
            @ForAll @LongRange(min = 0, max = 60_000_000) long length,
            @ForAll boolean openEnded,
            @ForAll @LongRange(min = 0, max = 36) long firstMonthOffset,
            @ForAll @IntRange(min = 1, max = 14) int months) {
        Instant start = Instant.ofEpochSecond(FROM + startOffset);
        Instant end = openEnded ? null : start.plusSeconds(length);
        Order order = new Order(1, 1, null, "", Money.ZERO, Money.of("10.00"), period, start, end, null);
        BillCalculator calculator = new BillCalculator(Clock.systemUTC(), zone);
        BillingMonth first = BillingMonth.of(YearMonth.of(2019, 6).plusMonths(firstMonthOffset), zone);

        long billed = 0;
        BillingMonth month = first;
        for (int i = 0; i < months; i++, month = month.next()) {
            billed += calculator.recordFor(order, month).map(BillLine::seconds).orElse(0L);
        }

        long runFrom = Math.max(first.firstSecond().getEpochSecond(), start.getEpochSecond());
        long runTo =
                Math.min(month.firstSecond().getEpochSecond() - 1, end == null ? Long.MAX_VALUE : end.getEpochSecond());
        assertThat(billed).isEqualTo(Math.max(0, runTo - runFrom + 1));
    }

    @Property(tries = 200)
    void aCalendarPeriodOrderActiveForWholeMonthsCostsItsPriceEachMonth(
            @ForAll("zones") ZoneId zone,
            @ForAll @LongRange(min = 0, max = 48) long monthOffset,
            @ForAll @LongRange(min = 0, max = 99_999) long cents) {
        BillingMonth month = BillingMonth.of(YearMonth.of(2019, 1).plusMonths(monthOffset), zone);
        Money price = new Money(BigDecimal.valueOf(cents, 2));
        Order order = new Order(
                1,
                1,
                null,
                "",
                Money.ZERO,
                price,
                RecurringPeriod.PER_MONTH,
                month.firstSecond(),
                month.lastSecond(),
                null);

        BillLine record = new BillCalculator(Clock.systemUTC(), zone)
                .recordFor(order, month)
                .orElseThrow();

        assertThat(record.recurringAmount()).isEqualTo(price);
        assertThat(record.seconds()).isEqualTo(month.seconds());
    }
}
