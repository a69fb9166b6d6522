package uncloud.client.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One calendar month in the provider's zone: what a bill covers, from the first day 00:00:00 to the
 * last second of the last day, both inclusive.
 */
public record BillingMonth(YearMonth month, ZoneId zone) {
    public BillingMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
    }

    public static BillingMonth of(YearMonth month, ZoneId zone) {
        return new BillingMonth(month, zone);
    }

    /** The month that contains {@code instant} in {@code zone}. */
    public static BillingMonth containing(Instant instant, ZoneId zone) {
        return new BillingMonth(YearMonth.from(instant.atZone(zone)), zone);
    }

    public ZonedDateTime start() {
        return month.atDay(1).atStartOfDay(zone);
    }

    /** The last second of the month (inclusive). */
    public ZonedDateTime end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).minusSeconds(1);
    }

    public Instant firstSecond() {
        return start().toInstant();
    }

    public Instant lastSecond() {
        return end().toInstant();
    }

    /** Real seconds in the zone: 2,678,400 for a 31-day month, one hour less for March in Zurich. */
    public long seconds() {
        return Duration.between(firstSecond(), lastSecond()).getSeconds() + 1;
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(firstSecond()) && !instant.isAfter(lastSecond());
    }

    public BillingMonth next() {
        return new BillingMonth(month.plusMonths(1), zone);
    }

    @Override
    public String toString() {
        return month + " (" + zone + ")";
    }
}
