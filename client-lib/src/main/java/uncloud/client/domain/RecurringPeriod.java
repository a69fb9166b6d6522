package uncloud.client.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.OptionalLong;

/**
 * How often an order's recurring price is due. Fixed periods have a constant length in seconds;
 * the calendar periods {@link #PER_MONTH} and {@link #PER_YEAR} are as long as the real month or
 * year in the provider's zone, so a DST month is an hour shorter or longer. Stored by name in {@code
 * orders.recurring_period}.
 */
public enum RecurringPeriod {
    /** No recurring price: the order is charged its one-time price once. */
    ONE_TIME(0),
    PER_SECOND(1),
    PER_MINUTE(60),
    PER_HOUR(3_600),
    PER_DAY(86_400),
    PER_WEEK(604_800),
    PER_30_DAYS(2_592_000),
    PER_365_DAYS(31_536_000),
    /** The length of the bill's calendar month in the provider's time zone. */
    PER_MONTH(-1),
    /** The length of the bill's calendar year in the provider's time zone. */
    PER_YEAR(-1);

    private final long fixedSeconds;

    RecurringPeriod(long fixedSeconds) {
        this.fixedSeconds = fixedSeconds;
    }

    public boolean isRecurring() {
        return this != ONE_TIME;
    }

    public boolean isCalendarPeriod() {
        return this == PER_MONTH || this == PER_YEAR;
    }

    /** Seconds of a fixed period; empty for calendar periods and {@link #ONE_TIME}. */
    public OptionalLong fixedSeconds() {
        return fixedSeconds > 0 ? OptionalLong.of(fixedSeconds) : OptionalLong.empty();
    }

    /**
     * The seconds one period lasts when billed on the bill of {@code month}: the divisor of the
     * proration {@code price × seconds(record) / seconds(period)}.
     *
     * @throws IllegalStateException for {@link #ONE_TIME}, which has no period
     */
    public long secondsOn(YearMonth month, ZoneId zone) {
        switch (this) {
            case ONE_TIME:
                throw new IllegalStateException("ONE_TIME has no recurring period");
            case PER_MONTH:
                return secondsBetween(
                        month.atDay(1).atStartOfDay(zone),
                        month.plusMonths(1).atDay(1).atStartOfDay(zone));
            case PER_YEAR:
                return secondsBetween(
                        month.atDay(1).withDayOfYear(1).atStartOfDay(zone),
                        month.atDay(1).withDayOfYear(1).plusYears(1).atStartOfDay(zone));
            default:
                return fixedSeconds;
        }
    }

    /**
     * The first instant after the period of an order that started at {@code orderStart} which
     * contains {@code now}: where a downgrade begins by default. Fixed periods count from the order's
     * start; calendar periods follow the calendar in {@code zone}.
     */
    public Instant endOfCurrentPeriod(Instant orderStart, Instant now, ZoneId zone) {
        switch (this) {
            case ONE_TIME:
                return now;
            case PER_MONTH:
                return YearMonth.from(now.atZone(zone))
                        .plusMonths(1)
                        .atDay(1)
                        .atStartOfDay(zone)
                        .toInstant();
            case PER_YEAR:
                return now.atZone(zone)
                        .toLocalDate()
                        .withDayOfYear(1)
                        .plusYears(1)
                        .atStartOfDay(zone)
                        .toInstant();
            default:
                if (now.isBefore(orderStart)) {
                    return orderStart;
                }
                long elapsed = Duration.between(orderStart, now).getSeconds();
                long periodsBegun = elapsed / fixedSeconds + 1;
                return orderStart.plusSeconds(periodsBegun * fixedSeconds);
        }
    }

    /**
     * A nominal length for comparing prices across periods (a month and a year as their Gregorian
     * averages); never used to bill.
     */
    public long nominalSeconds() {
        switch (this) {
            case ONE_TIME:
                throw new IllegalStateException("ONE_TIME has no recurring period");
            case PER_MONTH:
                return 2_629_746;
            case PER_YEAR:
                return 31_556_952;
            default:
                return fixedSeconds;
        }
    }

    private static long secondsBetween(ZonedDateTime from, ZonedDateTime to) {
        return Duration.between(from, to).getSeconds();
    }
}
