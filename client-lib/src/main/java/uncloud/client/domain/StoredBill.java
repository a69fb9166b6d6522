package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A bill as stored: its content, whether it is still a draft, and once final its number, the frozen
 * billing address and when it was finalised. A credit note is a bill that points to the final bill it
 * corrects, with negative amounts.
 *
 * @param number year × 1,000,000 + the sequence within the year, null while a draft
 * @param creditNoteOf the id of the final bill this credit note corrects, or null for a regular bill
 * @param billingAddress the frozen copy (final bills only), else null
 */
public record StoredBill(
        long id,
        BillStatus status,
        Long number,
        Long creditNoteOf,
        MonthlyBill bill,
        AddressSnapshot billingAddress,
        Instant finalizedAt) {
    public StoredBill {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bill, "bill");
    }

    /** The number as printed on the bill, e.g. {@code 2026-000042}; empty for a draft. */
    public String displayNumber() {
        return number == null ? "" : String.format("%d-%06d", number / 1_000_000, number % 1_000_000);
    }

    public boolean isCreditNote() {
        return creditNoteOf != null;
    }
}
