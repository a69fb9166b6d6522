package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/** Something the provider sells, with the prices new orders start from. */
public record Product(
        long id,
        String name,
        String description,
        ProductKind kind,
        Money oneTimePrice,
        Money recurringPrice,
        RecurringPeriod recurringPeriod,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public Product {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oneTimePrice, "oneTimePrice");
        Objects.requireNonNull(recurringPrice, "recurringPrice");
        Objects.requireNonNull(recurringPeriod, "recurringPeriod");
    }

    /** An active product not stored yet. */
    public static Product create(
            String name,
            String description,
            ProductKind kind,
            Money oneTimePrice,
            Money recurringPrice,
            RecurringPeriod recurringPeriod) {
        return new Product(
                0, name, description, kind, oneTimePrice, recurringPrice, recurringPeriod, true, null, null, 0);
    }

    public Product withActive(boolean newActive) {
        return new Product(
                id,
                name,
                description,
                kind,
                oneTimePrice,
                recurringPrice,
                recurringPeriod,
                newActive,
                createdAt,
                updatedAt,
                version);
    }

    public Product withPrices(Money newOneTimePrice, Money newRecurringPrice, RecurringPeriod newPeriod) {
        return new Product(
                id,
                name,
                description,
                kind,
                newOneTimePrice,
                newRecurringPrice,
                newPeriod,
                active,
                createdAt,
                updatedAt,
                version);
    }
}
