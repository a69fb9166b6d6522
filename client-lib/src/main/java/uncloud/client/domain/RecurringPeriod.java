package uncloud.client.domain;

import java.util.OptionalLong;

/** How often an order's recurring price is due. Stored by name in {@code orders.recurring_period}. */
public enum RecurringPeriod {
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

    private final long seconds;

    RecurringPeriod(long seconds) {
        this.seconds = seconds;
    }

    /** Seconds of a fixed period; empty for calendar periods and {@link #ONE_TIME}. */
    public OptionalLong fixedSeconds() {
        return seconds > 0 ? OptionalLong.of(seconds) : OptionalLong.empty();
    }

    public boolean isCalendarPeriod() {
        return this == PER_MONTH || this == PER_YEAR;
    }
}
