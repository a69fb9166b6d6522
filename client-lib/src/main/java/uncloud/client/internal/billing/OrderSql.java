package uncloud.client.internal.billing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.OrderTerms;
import uncloud.client.domain.RecurringPeriod;

/** SQL of the {@code orders} and {@code product} tables. */
public final class OrderSql {
    public static final String COLUMNS = "o.id, o.customer_id, o.product_id, o.description, o.one_time_price,"
            + " o.recurring_price, o.recurring_period, o.starts_at, o.ends_at, o.replaces_id";

    private OrderSql() {}

    public static Order read(ResultSet rs) throws SQLException {
        return new Order(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                (Long) rs.getObject("product_id"),
                rs.getString("description"),
                new Money(rs.getBigDecimal("one_time_price")),
                new Money(rs.getBigDecimal("recurring_price")),
                RecurringPeriod.valueOf(rs.getString("recurring_period")),
                rs.getTimestamp("starts_at").toInstant(),
                instant(rs.getTimestamp("ends_at")),
                (Long) rs.getObject("replaces_id"));
    }

    public static Optional<Order> find(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "select " + COLUMNS + " from orders o where o.id = ?" + (forUpdate ? " for update" : ""))) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public static List<Order> ofCustomer(Connection c, long customerId) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("select " + COLUMNS + " from orders o where o.customer_id = ? order by o.id")) {
            st.setLong(1, customerId);
            List<Order> orders = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    orders.add(read(rs));
                }
            }
            return orders;
        }
    }

    /** The order that replaced {@code id}, if any. */
    public static Optional<Long> replacedBy(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select id from orders where replaces_id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public static long insert(Connection c, Order order) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into orders (customer_id, product_id, description,"
                + " one_time_price, recurring_price, recurring_period, starts_at, ends_at, replaces_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
            st.setLong(1, order.customerId());
            st.setObject(2, order.productId(), Types.BIGINT);
            st.setString(3, order.description());
            st.setBigDecimal(4, order.oneTimePrice().amount());
            st.setBigDecimal(5, order.recurringPrice().amount());
            st.setString(6, order.recurringPeriod().name());
            st.setTimestamp(7, Timestamp.from(order.startsAt()));
            st.setTimestamp(8, order.endsAt() == null ? null : Timestamp.from(order.endsAt()));
            st.setObject(9, order.replacesId(), Types.BIGINT);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static void setEnd(Connection c, long id, Instant lastSecond) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update orders set ends_at = ? where id = ?")) {
            st.setTimestamp(1, Timestamp.from(lastSecond));
            st.setLong(2, id);
            st.executeUpdate();
        }
    }

    /** A product's default terms, or empty when there is no such product. */
    public static Optional<ProductTerms> productTerms(Connection c, long productId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select name, description, one_time_price, recurring_price,"
                + " recurring_period, active from product where id = ?")) {
            st.setLong(1, productId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String description = rs.getString("description");
                OrderTerms terms = new OrderTerms(
                        productId,
                        description == null || description.isBlank() ? rs.getString("name") : description,
                        new Money(rs.getBigDecimal("one_time_price")),
                        new Money(rs.getBigDecimal("recurring_price")),
                        RecurringPeriod.valueOf(rs.getString("recurring_period")));
                return Optional.of(new ProductTerms(rs.getString("name"), rs.getBoolean("active"), terms));
            }
        }
    }

    /** A product's name, whether it can still be ordered, and its default terms. */
    public record ProductTerms(String name, boolean active, OrderTerms terms) {}

    public static boolean customerExists(Connection c, long customerId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select 1 from customer where id = ?")) {
            st.setLong(1, customerId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static BigDecimal amount(Money money) {
        return money.amount();
    }
}
