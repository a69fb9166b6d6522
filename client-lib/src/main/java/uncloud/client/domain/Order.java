package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's order: what is charged and from when to when. Prices never change once stored; a new
 * price is a new order that {@linkplain #replacesId() replaces} this one.
 *
 * @param id {@link #UNSAVED} until the database assigned one
 * @param productId the product it was ordered from, or null for a custom order
 * @param startsAt the first second the order is active
 * @param endsAt the last second the order is active (inclusive), or null while open-ended
 * @param replacesId the order this one replaced, or null
 */
public record Order(
        long id,
        long customerId,
        Long productId,
        String description,
        Money oneTimePrice,
        Money recurringPrice,
        RecurringPeriod recurringPeriod,
        Instant startsAt,
        Instant endsAt,
        Long replacesId) {

    /** The id of an order that is planned or about to be inserted. */
    public static final long UNSAVED = 0;

    public Order {
        description = description == null ? "" : description;
        require(oneTimePrice != null, "oneTimePrice", "is missing");
        require(!oneTimePrice.isNegative(), "oneTimePrice", "must not be negative, was " + oneTimePrice);
        require(recurringPrice != null, "recurringPrice", "is missing");
        require(!recurringPrice.isNegative(), "recurringPrice", "must not be negative, was " + recurringPrice);
        require(recurringPeriod != null, "recurringPeriod", "is missing");
        require(
                recurringPeriod.isRecurring() || recurringPrice.isZero(),
                "recurringPrice",
                "must be 0.00 for a ONE_TIME order, was " + recurringPrice);
        require(startsAt != null, "startsAt", "is missing");
        require(startsAt.getNano() == 0, "startsAt", "must be a whole second, was " + startsAt);
        if (endsAt != null) {
            require(endsAt.getNano() == 0, "endsAt", "must be a whole second, was " + endsAt);
            require(
                    !endsAt.isBefore(startsAt),
                    "endsAt",
                    "must not be before startsAt (" + startsAt + "), was " + endsAt);
        }
    }

    public boolean isOpenEnded() {
        return endsAt == null;
    }

    /** Whether the order is active at {@code instant} (both ends inclusive). */
    public boolean isActiveAt(Instant instant) {
        return !instant.isBefore(startsAt) && (endsAt == null || !instant.isAfter(endsAt));
    }

    public Order withId(long newId) {
        return new Order(
                newId,
                customerId,
                productId,
                description,
                oneTimePrice,
                recurringPrice,
                recurringPeriod,
                startsAt,
                endsAt,
                replacesId);
    }

    public Order endingAt(Instant lastSecond) {
        Objects.requireNonNull(lastSecond, "lastSecond");
        return new Order(
                id,
                customerId,
                productId,
                description,
                oneTimePrice,
                recurringPrice,
                recurringPeriod,
                startsAt,
                lastSecond,
                replacesId);
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidOrderException(field, message);
        }
    }
}
