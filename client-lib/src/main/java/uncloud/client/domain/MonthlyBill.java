package uncloud.client.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one customer owes for one month, as the bill calculator works it out: the lines (one per order,
 * sorted by order id), their sum, VAT at the rate of the billing address's country on the month's last
 * day, and the total. Stored as a {@link Bill} row with its {@link BillRecord}s.
 */
public record MonthlyBill(
        long customerId,
        BillingMonth month,
        List<BillLine> records,
        BigDecimal vatRate,
        Money subtotal,
        Money vat,
        Money total) {
    public MonthlyBill {
        Objects.requireNonNull(month, "month");
        records = List.copyOf(records);
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(total, "total");
    }

    /** Sums the records and applies VAT: {@code vat = round(subtotal × rate)}, total = subtotal + vat. */
    public static MonthlyBill of(long customerId, BillingMonth month, List<BillLine> records, BigDecimal vatRate) {
        Money subtotal = Money.ZERO;
        for (BillLine line : records) {
            subtotal = subtotal.plus(line.amount());
        }
        Money vat = subtotal.times(vatRate);
        return new MonthlyBill(customerId, month, records, vatRate, subtotal, vat, subtotal.plus(vat));
    }
}
