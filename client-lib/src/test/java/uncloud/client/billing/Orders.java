package uncloud.client.billing;

import java.time.Instant;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.RecurringPeriod;

/** Short ways to write orders in tests. */
final class Orders {
    private Orders() {}

    static Order order(long id, String recurringPrice, RecurringPeriod period, String startsAt, String endsAt) {
        return order(id, 1, "0.00", recurringPrice, period, startsAt, endsAt);
    }

    static Order order(
            long id,
            long customerId,
            String oneTimePrice,
            String recurringPrice,
            RecurringPeriod period,
            String startsAt,
            String endsAt) {
        return new Order(
                id,
                customerId,
                null,
                "order " + id,
                Money.of(oneTimePrice),
                Money.of(recurringPrice),
                period,
                Instant.parse(startsAt),
                endsAt == null ? null : Instant.parse(endsAt),
                null);
    }
}
