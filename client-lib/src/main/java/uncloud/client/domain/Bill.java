package uncloud.client.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one customer owes for one month: the records (sorted by order id), their sum, VAT at the rate
 * of the billing address's country on the month's last day, and the total.
 */
public record Bill(
        long customerId,
        BillingMonth month,
        List<BillRecord> records,
        BigDecimal vatRate,
        Money subtotal,
        Money vat,
        Money total) {
    public Bill {
        Objects.requireNonNull(month, "month");
        records = List.copyOf(records);
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(total, "total");
    }

    /** Sums the records and applies VAT: {@code vat = round(subtotal × rate)}, total = subtotal + vat. */
    public static Bill of(long customerId, BillingMonth month, List<BillRecord> records, BigDecimal vatRate) {
        Money subtotal = Money.ZERO;
        for (BillRecord record : records) {
            subtotal = subtotal.plus(record.amount());
        }
        Money vat = subtotal.times(vatRate);
        return new Bill(customerId, month, records, vatRate, subtotal, vat, subtotal.plus(vat));
    }
}
