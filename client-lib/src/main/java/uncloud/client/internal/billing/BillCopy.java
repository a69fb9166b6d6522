package uncloud.client.internal.billing;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import uncloud.client.domain.BillLine;
import uncloud.client.domain.MonthlyBill;

/** Writes bills and their records with COPY: the fast path for month-end generation. */
final class BillCopy {
    private BillCopy() {}

    static void copyBills(Connection c, List<MonthlyBill> bills) throws SQLException {
        StringBuilder rows = new StringBuilder(bills.size() * 96);
        for (MonthlyBill bill : bills) {
            rows.append(bill.customerId()).append('\t');
            time(rows, bill.month().firstSecond()).append('\t');
            time(rows, bill.month().lastSecond()).append("\tdraft\t");
            rows.append(bill.subtotal()).append('\t');
            rows.append(bill.vatRate().toPlainString()).append('\t');
            rows.append(bill.vat()).append('\t');
            rows.append(bill.total()).append('\n');
        }
        copy(
                c,
                "copy bill (customer_id, period_starts_at, period_ends_at, status, subtotal, vat_rate, vat, total)"
                        + " from stdin",
                rows);
    }

    /** @param billIds the id of each customer's new bill */
    static long copyRecords(Connection c, List<MonthlyBill> bills, Map<Long, Long> billIds) throws SQLException {
        return copyRecords(c, bills, billIds, () -> {});
    }

    /** @param formatted called when the rows are formatted, before they are sent */
    static long copyRecords(Connection c, List<MonthlyBill> bills, Map<Long, Long> billIds, Runnable formatted)
            throws SQLException {
        StringBuilder rows = new StringBuilder(bills.size() * 10 * 80);
        long count = 0;
        Times times = new Times();
        for (MonthlyBill bill : bills) {
            long billId = billIds.get(bill.customerId());
            for (BillLine record : bill.records()) {
                rows.append(billId).append('\t').append(record.orderId()).append('\t');
                rows.append(times.format(record.startsAt(), bill)).append('\t');
                rows.append(times.format(record.endsAt(), bill)).append('\t');
                rows.append(record.oneTimeAmount())
                        .append('\t')
                        .append(record.recurringAmount())
                        .append('\n');
                count++;
            }
        }
        formatted.run();
        copy(
                c,
                "copy bill_record (bill_id, order_id, period_starts_at, period_ends_at, one_time_amount,"
                        + " recurring_amount) from stdin",
                rows);
        return count;
    }

    /** Most records start and end on the month's edges: those two texts are formatted once per chunk. */
    private static final class Times {
        private Instant first;
        private String firstText;
        private Instant last;
        private String lastText;

        String format(Instant instant, MonthlyBill bill) {
            if (!bill.month().firstSecond().equals(first)) {
                first = bill.month().firstSecond();
                firstText = first.toString();
                last = bill.month().lastSecond();
                lastText = last.toString();
            }
            if (instant.equals(first)) {
                return firstText;
            }
            return instant.equals(last) ? lastText : instant.toString();
        }
    }

    private static StringBuilder time(StringBuilder rows, Instant instant) {
        return rows.append(instant.toString());
    }

    private static void copy(Connection c, String sql, StringBuilder rows) throws SQLException {
        if (rows.length() == 0) {
            return;
        }
        try {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(sql, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), "08000", e);
        }
    }
}
