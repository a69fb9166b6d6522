package uncloud.client.internal.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uncloud.client.domain.AddressSnapshot;
import uncloud.client.domain.BillLine;
import uncloud.client.domain.BillStatus;
import uncloud.client.domain.BillingMonth;
import uncloud.client.domain.Money;
import uncloud.client.domain.MonthlyBill;
import uncloud.client.domain.Order;
import uncloud.client.domain.StoredBill;
import uncloud.client.domain.VatRate;
import uncloud.client.domain.VatRates;

/** SQL of bills, bill records and VAT rates. */
public final class BillingSql {
    /** The first key of the two-key advisory locks that serialise billing work per customer. */
    static final int CUSTOMER_LOCK_CLASS = 0x0B1_11;

    /** Orders billed in a month: active in it, except one-time orders that started earlier. */
    static final String ORDERS_OF_MONTH = "select " + OrderSql.COLUMNS + ", a.country"
            + " from orders o left join billing_address a on a.customer_id = o.customer_id and a.active"
            + " where o.starts_at <= ? and (o.ends_at is null or o.ends_at >= ?)"
            + " and (o.recurring_period <> 'ONE_TIME' or o.starts_at >= ?)";

    private BillingSql() {}

    public static VatRates vatRates(Connection c) throws SQLException {
        List<VatRate> rates = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select country, rate, valid_from, valid_until from vat_rate");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rates.add(new VatRate(
                        rs.getString(1),
                        rs.getBigDecimal(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)));
            }
        }
        return VatRates.of(rates);
    }

    public static Optional<String> country(Connection c, long customerId) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("select country from billing_address where customer_id = ? and active")) {
            st.setLong(1, customerId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The orders of one customer billed in {@code month}. */
    public static List<Order> ordersOfMonth(Connection c, long customerId, BillingMonth month) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(ORDERS_OF_MONTH + " and o.customer_id = ? order by o.id")) {
            bindMonth(st, month);
            st.setLong(4, customerId);
            List<Order> orders = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    orders.add(OrderSql.read(rs));
                }
            }
            return orders;
        }
    }

    static void bindMonth(PreparedStatement st, BillingMonth month) throws SQLException {
        st.setTimestamp(1, Timestamp.from(month.lastSecond()));
        st.setTimestamp(2, Timestamp.from(month.firstSecond()));
        st.setTimestamp(3, Timestamp.from(month.firstSecond()));
    }

    public static Optional<StoredBill> find(Connection c, long billId, ZoneId zone, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select id, customer_id, period_starts_at, status, number,"
                + " subtotal, vat_rate, vat, total, billing_address, credit_note_of, finalized_at"
                + " from bill where id = ?" + (forUpdate ? " for update" : ""))) {
            st.setLong(1, billId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                BillingMonth month = BillingMonth.containing(
                        rs.getTimestamp("period_starts_at").toInstant(), zone);
                MonthlyBill bill = new MonthlyBill(
                        rs.getLong("customer_id"),
                        month,
                        records(c, billId),
                        rs.getBigDecimal("vat_rate"),
                        new Money(rs.getBigDecimal("subtotal")),
                        new Money(rs.getBigDecimal("vat")),
                        new Money(rs.getBigDecimal("total")));
                return Optional.of(new StoredBill(
                        billId,
                        BillStatus.valueOf(rs.getString("status").toUpperCase()),
                        (Long) rs.getObject("number"),
                        (Long) rs.getObject("credit_note_of"),
                        bill,
                        rs.getString("billing_address") == null ? null : address(c, billId),
                        OrderSql.instant(rs.getTimestamp("finalized_at"))));
            }
        }
    }

    /** Ids of the bills (and credit notes) of one customer and month, in id order. */
    public static List<Long> billIds(Connection c, long customerId, BillingMonth month) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("select id from bill where customer_id = ? and period_starts_at = ? order by id")) {
            st.setLong(1, customerId);
            st.setTimestamp(2, Timestamp.from(month.firstSecond()));
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Ids of the draft bills of a month (regular and credit notes), in customer order. */
    public static List<Long> draftIds(Connection c, YearMonth month, ZoneId zone) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select id from bill where period_starts_at = ?"
                + " and status = 'draft' order by customer_id, credit_note_of nulls first, id")) {
            st.setTimestamp(1, Timestamp.from(BillingMonth.of(month, zone).firstSecond()));
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private static List<BillLine> records(Connection c, long billId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select order_id, period_starts_at, period_ends_at,"
                + " one_time_amount, recurring_amount from bill_record where bill_id = ? order by order_id")) {
            st.setLong(1, billId);
            List<BillLine> records = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    records.add(new BillLine(
                            rs.getLong(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant(),
                            new Money(rs.getBigDecimal(4)),
                            new Money(rs.getBigDecimal(5))));
                }
            }
            return records;
        }
    }

    private static AddressSnapshot address(Connection c, long billId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select billing_address->>'full_name',"
                + " billing_address->>'organization', billing_address->>'street', billing_address->>'postal_code',"
                + " billing_address->>'city', billing_address->>'country' from bill where id = ?")) {
            st.setLong(1, billId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new AddressSnapshot(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6));
            }
        }
    }

    public static boolean hasCreditNotes(Connection c, long billId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select 1 from bill where credit_note_of = ? limit 1")) {
            st.setLong(1, billId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Takes the customer's billing lock, waiting for another worker or finaliser to finish. */
    public static void lockCustomer(Connection c, long customerId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
            st.setInt(1, CUSTOMER_LOCK_CLASS);
            st.setInt(2, lockKey(customerId));
            st.execute();
        }
    }

    static int lockKey(long customerId) {
        return (int) (customerId % Integer.MAX_VALUE);
    }
}
