package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/** What one order costs on one bill, for the order's period cut to the bill's period. */
public record BillRecord(
        long id,
        long billId,
        long orderId,
        Instant periodStartsAt,
        Instant periodEndsAt,
        Money oneTimeAmount,
        Money recurringAmount,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public BillRecord {
        Objects.requireNonNull(periodStartsAt, "periodStartsAt");
        Objects.requireNonNull(periodEndsAt, "periodEndsAt");
        Objects.requireNonNull(oneTimeAmount, "oneTimeAmount");
        Objects.requireNonNull(recurringAmount, "recurringAmount");
    }

    public static BillRecord create(
            long billId,
            long orderId,
            Instant periodStartsAt,
            Instant periodEndsAt,
            Money oneTimeAmount,
            Money recurringAmount) {
        return new BillRecord(
                0, billId, orderId, periodStartsAt, periodEndsAt, oneTimeAmount, recurringAmount, null, null, 0);
    }

    public Money amount() {
        return oneTimeAmount.plus(recurringAmount);
    }
}
