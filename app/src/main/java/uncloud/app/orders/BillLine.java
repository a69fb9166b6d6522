package uncloud.app.orders;

import java.time.Instant;
import java.time.YearMonth;
import uncloud.client.domain.Money;

/** One line of a month's bill as the billing preview computes it. */
public record BillLine(YearMonth month, long orderId, Instant from, Instant to, Money oneTime, Money recurring) {
    public Money total() {
        return oneTime.plus(recurring);
    }
}
