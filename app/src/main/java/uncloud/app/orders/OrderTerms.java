package uncloud.app.orders;

import java.time.Instant;
import java.util.Objects;
import uncloud.app.products.BillingPeriod;
import uncloud.client.domain.Money;

/**
 * What a new order (or a replacement) is to be: product, prices, period and start. A null start means
 * the library's default: now for a new order or an upgrade, the end of the old order's current period
 * for a downgrade.
 */
public record OrderTerms(
        long customerId,
        Long productId,
        String description,
        Money oneTimePrice,
        Money recurringPrice,
        BillingPeriod period,
        Instant startsAt) {
    public OrderTerms {
        Objects.requireNonNull(oneTimePrice, "oneTimePrice");
        Objects.requireNonNull(recurringPrice, "recurringPrice");
        Objects.requireNonNull(period, "period");
        description = description == null ? "" : description;
    }
}
