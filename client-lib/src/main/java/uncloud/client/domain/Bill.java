package uncloud.client.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One customer's bill for a period {@code [periodStartsAt, periodEndsAt]} (both inclusive). A credit note
 * is a bill with {@code creditNoteOf} pointing at the final bill it corrects. {@code vatRate} is a fraction
 * (0.081 for 8.1 %). {@code billingAddress} is the copy frozen when the bill became final.
 */
public record Bill(
        long id,
        long customerId,
        Instant periodStartsAt,
        Instant periodEndsAt,
        BillStatus status,
        Long number,
        Money subtotal,
        BigDecimal vatRate,
        Money vat,
        Money total,
        AddressSnapshot billingAddress,
        Long creditNoteOf,
        Instant finalizedAt,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public Bill {
        Objects.requireNonNull(periodStartsAt, "periodStartsAt");
        Objects.requireNonNull(periodEndsAt, "periodEndsAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(total, "total");
    }

    /** An empty draft bill not stored yet. */
    public static Bill draft(long customerId, Instant periodStartsAt, Instant periodEndsAt) {
        return new Bill(
                0,
                customerId,
                periodStartsAt,
                periodEndsAt,
                BillStatus.DRAFT,
                null,
                Money.ZERO,
                BigDecimal.ZERO,
                Money.ZERO,
                Money.ZERO,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    public boolean isFinal() {
        return status == BillStatus.FINAL;
    }
}
