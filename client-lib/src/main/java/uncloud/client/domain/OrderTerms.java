package uncloud.client.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** What a new order costs and what it is for: the part of an order a customer chooses. */
public record OrderTerms(
        Long productId, String description, Money oneTimePrice, Money recurringPrice, RecurringPeriod recurringPeriod) {

    public OrderTerms {
        description = description == null ? "" : description;
    }

    /** The order these terms make for {@code customerId}, not yet stored; validates every field. */
    public Order toOrder(long customerId, Instant startsAt, Instant endsAt, Long replacesId) {
        return new Order(
                Order.UNSAVED,
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

    /**
     * The recurring price per second, for telling an upgrade from a downgrade across periods; 0 for a
     * one-time order.
     */
    public BigDecimal nominalPricePerSecond() {
        return pricePerSecond(recurringPrice, recurringPeriod);
    }

    static BigDecimal pricePerSecond(Money price, RecurringPeriod period) {
        if (period == null || price == null || !period.isRecurring()) {
            return BigDecimal.ZERO;
        }
        return price.amount().divide(BigDecimal.valueOf(period.nominalSeconds()), java.math.MathContext.DECIMAL64);
    }

    public static OrderTerms of(Order order) {
        return new OrderTerms(
                order.productId(),
                order.description(),
                order.oneTimePrice(),
                order.recurringPrice(),
                order.recurringPeriod());
    }
}
