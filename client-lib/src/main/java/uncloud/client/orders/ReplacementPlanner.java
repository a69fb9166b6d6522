package uncloud.client.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import uncloud.client.ConflictException;
import uncloud.client.ValidationException;
import uncloud.client.domain.BillingMonth;
import uncloud.client.domain.InvalidOrderException;
import uncloud.client.domain.Order;
import uncloud.client.domain.OrderTerms;
import uncloud.client.domain.Replacement;

/**
 * Works out a replacement without storing it: when the new order starts (a downgrade at the end of the
 * old order's current period, an upgrade now, or when staff say) and the old order's end one second
 * before. Used by {@link OrderService#replace} and by the dry-run preview.
 */
public final class ReplacementPlanner {
    private final Clock clock;
    private final ZoneId zone;

    public ReplacementPlanner(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * @param requestedStart staff's choice of the new order's first second, or null for the default
     * @throws ConflictException when the old order already ends (or ended)
     * @throws ValidationException when the terms or the requested start cannot be accepted
     */
    public Replacement plan(Order old, OrderTerms terms, Instant requestedStart) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (old.endsAt() != null) {
            throw new ConflictException(
                    old.endsAt().isBefore(now)
                            ? "Order " + old.id() + " ended at " + old.endsAt()
                                    + "; only an active order can be replaced."
                            : "Order " + old.id() + " is already set to end at " + old.endsAt()
                                    + "; an order's end is set only once, so place a new order instead.");
        }
        boolean downgrade =
                terms.nominalPricePerSecond().compareTo(OrderTerms.of(old).nominalPricePerSecond()) < 0;
        Replacement.Kind kind = downgrade ? Replacement.Kind.DOWNGRADE : Replacement.Kind.UPGRADE;
        Instant start = requestedStart != null ? checkedStart(old, requestedStart, now) : defaultStart(old, kind, now);
        Order newOrder;
        try {
            newOrder = terms.toOrder(old.customerId(), start, null, old.id());
        } catch (InvalidOrderException e) {
            throw new ValidationException(e.field(), "The new order's " + e.getMessage());
        }
        return new Replacement(old.withEndsAt(start.minusSeconds(1)), newOrder, kind);
    }

    private Instant defaultStart(Order old, Replacement.Kind kind, Instant now) {
        Instant start = kind == Replacement.Kind.DOWNGRADE
                ? old.recurringPeriod().endOfCurrentPeriod(old.startsAt(), now, zone)
                : now;
        // An order that has not begun yet is replaced from its own start on: it never runs at all.
        Instant earliest = old.startsAt().plusSeconds(1);
        return start.isBefore(earliest) ? earliest : start;
    }

    private Instant checkedStart(Order old, Instant requested, Instant now) {
        if (requested.getNano() != 0) {
            throw new ValidationException(
                    "startsAt", "The new order must start on a whole second, not " + requested + ".");
        }
        if (!requested.isAfter(old.startsAt())) {
            throw new ValidationException(
                    "startsAt",
                    "The new order must start after order " + old.id() + " started (" + old.startsAt() + ").");
        }
        Instant firstOfThisMonth = BillingMonth.containing(now, zone).firstSecond();
        if (requested.isBefore(firstOfThisMonth)) {
            throw new ValidationException(
                    "startsAt",
                    "The new order cannot start before " + firstOfThisMonth
                            + ": bills of earlier months may be final; correct them with a credit note.");
        }
        return requested;
    }
}
