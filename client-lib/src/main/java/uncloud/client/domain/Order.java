package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a customer bought, at prices that never change: a price change is a new order that replaces this
 * one. {@code endsAt} is the last second the order is active (inclusive); null while open-ended.
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
    public Order {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(oneTimePrice, "oneTimePrice");
        Objects.requireNonNull(recurringPrice, "recurringPrice");
        Objects.requireNonNull(recurringPeriod, "recurringPeriod");
        Objects.requireNonNull(startsAt, "startsAt");
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
                0,
                customerId,
                productId,
                description,
                oneTimePrice,
                recurringPrice,
                recurringPeriod,
                startsAt,
                null,
                null,
                null,
                null,
                0);
    }

    public Order withEndsAt(Instant newEndsAt) {
        return new Order(
                id,
                customerId,
                productId,
                description,
                oneTimePrice,
                recurringPrice,
                recurringPeriod,
                startsAt,
                newEndsAt,
                replacesId,
                createdAt,
                updatedAt,
                version);
    }

    public Order withReplacesId(Long newReplacesId) {
        return new Order(
                id,
                customerId,
                productId,
                description,
                oneTimePrice,
                recurringPrice,
                recurringPeriod,
                startsAt,
                endsAt,
                newReplacesId,
                createdAt,
                updatedAt,
                version);
    }

    public Order withDescription(String newDescription) {
        return new Order(
                id,
                customerId,
                productId,
                newDescription,
                oneTimePrice,
                recurringPrice,
                recurringPeriod,
                startsAt,
                endsAt,
                replacesId,
                createdAt,
                updatedAt,
                version);
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(endsAt);
    }
}
