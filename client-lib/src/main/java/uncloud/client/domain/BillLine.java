package uncloud.client.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One order's line on one monthly bill: its period cut to the bill's month (both ends inclusive) and
 * what it costs there. Stored as a {@link BillRecord} row.
 */
public record BillLine(long orderId, Instant startsAt, Instant endsAt, Money oneTimeAmount, Money recurringAmount) {
    public BillLine {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(oneTimeAmount, "oneTimeAmount");
        Objects.requireNonNull(recurringAmount, "recurringAmount");
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("record of order " + orderId + " ends before it starts");
        }
    }

    /** Seconds the record covers, counted inclusively: end + 1 s − start. */
    public long seconds() {
        return Duration.between(startsAt, endsAt).getSeconds() + 1;
    }

    public Money amount() {
        return oneTimeAmount.plus(recurringAmount);
    }
}
