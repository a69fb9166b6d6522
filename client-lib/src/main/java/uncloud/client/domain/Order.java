package uncloud.client.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What a customer bought, at prices that never change: a price change is a new order that {@linkplain
 * #replacesId() replaces} this one. {@code endsAt} is the last second the order is active (inclusive);
 * null while open-ended. The rules the database also enforces are checked here too, naming the field.
 *
 * @param id {@link #UNSAVED} until the database assigned one
 * @param productId the product it was ordered from, or null for a custom order
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
        Long replacesId,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** The id of an order that is planned or about to be inserted. */
    public static final long UNSAVED = 0;

    /**
     * @throws InvalidOrderException naming the field when a price is missing or negative or a one-time
     *     order has a recurring price (an end before the start is left to {@link #requireEndAfterStart()}
     *     and the database, so that a repository can be shown to refuse it)
     */
    public Order {
        require(description != null, "description", "is missing");
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
    }

    /**
     * This order, after checking that it does not end before it starts.
     *
     * @throws InvalidOrderException naming {@code endsAt} otherwise
     */
    public Order requireEndAfterStart() {
        require(
                endsAt == null || !endsAt.isBefore(startsAt),
                "endsAt",
                "must not be before startsAt (" + startsAt + "), was " + endsAt);
        return this;
    }

    /** An order as the billing rules see it, without the row's bookkeeping. */
    public Order(
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
        this(
                id,
                customerId,
                productId,
                description,
                oneTimePrice,
                recurringPrice,
                recurringPeriod,
                startsAt,
                endsAt,
                replacesId,
                null,
                null,
                0);
    }

    /** An open-ended order not stored yet. */
    public static Order create(
            long customerId,
            Long productId,
            String description,
            Money oneTimePrice,
            Money recurringPrice,
            RecurringPeriod recurringPeriod,
            Instant startsAt) {
        return new Order(
                UNSAVED,
                customerId,
                productId,
                description,
                oneTimePrice,
                recurringPrice,
                recurringPeriod,
                startsAt,
                null,
                null);
    }

    public boolean isOpenEnded() {
        return endsAt == null;
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(endsAt);
    }

    /** Whether the order is active at {@code instant} (both ends inclusive). */
    public boolean isActiveAt(Instant instant) {
        return !instant.isBefore(startsAt) && (endsAt == null || !instant.isAfter(endsAt));
    }

    public Order withId(long newId) {
        return copy(newId, description, endsAt, replacesId);
    }

    /** This order ending after its second {@code newEndsAt} (inclusive). */
    public Order withEndsAt(Instant newEndsAt) {
        return copy(id, description, newEndsAt, replacesId);
    }

    public Order withReplacesId(Long newReplacesId) {
        return copy(id, description, endsAt, newReplacesId);
    }

    public Order withDescription(String newDescription) {
        return copy(id, newDescription, endsAt, replacesId);
    }

    /** This order with the fields the {@code withX} methods change; prices and bookkeeping stay. */
    private Order copy(long newId, String newDescription, Instant newEndsAt, Long newReplacesId) {
        return new Order(
                newId,
                customerId,
                productId,
                newDescription,
                oneTimePrice,
                recurringPrice,
                recurringPeriod,
                startsAt,
                newEndsAt,
                newReplacesId,
                createdAt,
                updatedAt,
                version);
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidOrderException(field, message);
        }
    }
}
