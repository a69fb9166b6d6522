package uncloud.app.orders;

import java.time.Instant;
import java.util.Objects;
import uncloud.app.products.BillingPeriod;
import uncloud.client.domain.Money;

/**
 * An order as the Orders table shows it, with the names of its customer and product resolved. {@code
 * endsAt} is the last active second, null while open; {@code replacesId}/{@code replacedById} link the
 * replacement chain.
 */
public record OrderRow(
        long id,
        long customerId,
        String customerName,
        Long productId,
        String productName,
        String description,
        Money oneTimePrice,
        Money recurringPrice,
        BillingPeriod period,
        Instant startsAt,
        Instant endsAt,
        Long replacesId,
        Long replacedById) {
    public OrderRow {
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(oneTimePrice, "oneTimePrice");
        Objects.requireNonNull(recurringPrice, "recurringPrice");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(startsAt, "startsAt");
        description = description == null ? "" : description;
        productName = productName == null ? "" : productName;
    }

    public boolean isOpen() {
        return endsAt == null;
    }

    public boolean isReplaced() {
        return replacedById != null;
    }
}
