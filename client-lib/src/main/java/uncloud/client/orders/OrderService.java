package uncloud.client.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import uncloud.client.ConflictException;
import uncloud.client.NotFoundException;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.db.Transaction;
import uncloud.client.domain.InvalidOrderException;
import uncloud.client.domain.Order;
import uncloud.client.domain.OrderTerms;
import uncloud.client.domain.Replacement;
import uncloud.client.internal.billing.OrderSql;

/**
 * Places, ends and replaces orders. Every change is one transaction that also writes its audit events;
 * prices never change in place (the database refuses it too). Thread-safe.
 */
public final class OrderService {
    private final Database database;
    private final Clock clock;
    private final ReplacementPlanner planner;

    public OrderService(Database database, Clock clock, ZoneId zone) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.planner = new ReplacementPlanner(clock, zone);
    }

    /** Orders a product at its current default prices, starting at {@code startsAt} (null: now). */
    public Order placeFromProduct(String actorUid, long customerId, long productId, Instant startsAt) {
        return database.inTransaction(actorUid, tx -> {
            OrderSql.ProductTerms product = OrderSql.productTerms(tx.connection(), productId)
                    .orElseThrow(() -> new NotFoundException("Product " + productId + " does not exist."));
            if (!product.active()) {
                throw new ConflictException("Product " + product.name() + " is no longer offered.");
            }
            return insert(tx, customerId, product.terms(), startsAt);
        });
    }

    /** Places an order with explicit prices (a custom offer), starting at {@code startsAt} (null: now). */
    public Order place(String actorUid, long customerId, OrderTerms terms, Instant startsAt) {
        return database.inTransaction(actorUid, tx -> insert(tx, customerId, terms, startsAt));
    }

    /** Ends an open order after its last second {@code lastSecond} (inclusive); an order ends only once. */
    public Order end(String actorUid, long orderId, Instant lastSecond) {
        Objects.requireNonNull(lastSecond, "lastSecond");
        return database.inTransaction(actorUid, tx -> {
            Order order = OrderSql.find(tx.connection(), orderId, true)
                    .orElseThrow(() -> new NotFoundException("Order " + orderId + " does not exist."));
            if (order.endsAt() != null) {
                throw new ConflictException("Order " + orderId + " already ends at " + order.endsAt()
                        + ": an order's end is set only once.");
            }
            Order ended;
            try {
                ended = order.withEndsAt(lastSecond).requireEndAfterStart();
            } catch (InvalidOrderException e) {
                throw new ValidationException(e.field(), "Order " + orderId + ": " + e.getMessage() + ".");
            }
            OrderSql.setEnd(tx.connection(), orderId, lastSecond);
            return ended;
        });
    }

    /**
     * Replaces an order: the new one points to the old one, which ends one second before the new one
     * starts — one transaction with its audit events. A downgrade starts by default at the end of the
     * old order's current period, an upgrade now; {@code startsAt} (null: the default) overrides.
     *
     * @throws ConflictException when the order was already replaced or has an end
     */
    public Replacement replace(String actorUid, long orderId, OrderTerms terms, Instant startsAt) {
        return database.inTransaction(actorUid, tx -> {
            Replacement planned = plan(tx, orderId, terms, startsAt, true);
            OrderSql.setEnd(tx.connection(), orderId, planned.endedOrder().endsAt());
            long newId = OrderSql.insert(tx.connection(), planned.newOrder());
            Replacement done =
                    new Replacement(planned.endedOrder(), planned.newOrder().withId(newId), planned.kind());
            tx.audit(
                    "orders",
                    newId,
                    "replace",
                    "{\"order\":" + orderId + "}",
                    "{\"order\":" + newId + ",\"replaces\":" + orderId + ",\"kind\":\""
                            + planned.kind().name().toLowerCase() + "\",\"starts_at\":\""
                            + planned.newOrder().startsAt() + "\"}");
            return done;
        });
    }

    /** What {@link #replace} would do now, without writing anything. */
    public Replacement planReplacement(long orderId, OrderTerms terms, Instant startsAt) {
        return database.read(tx -> plan(tx, orderId, terms, startsAt, false));
    }

    public Order find(long orderId) {
        return database.read(tx -> OrderSql.find(tx.connection(), orderId, false))
                .orElseThrow(() -> new NotFoundException("Order " + orderId + " does not exist."));
    }

    public List<Order> ofCustomer(long customerId) {
        return database.read(tx -> OrderSql.ofCustomer(tx.connection(), customerId));
    }

    private Replacement plan(Transaction tx, long orderId, OrderTerms terms, Instant startsAt, boolean lock)
            throws java.sql.SQLException {
        Order old = OrderSql.find(tx.connection(), orderId, lock)
                .orElseThrow(() -> new NotFoundException("Order " + orderId + " does not exist."));
        var replacedBy = OrderSql.replacedBy(tx.connection(), orderId);
        if (replacedBy.isPresent()) {
            throw new ConflictException("Order " + orderId + " was already replaced by order " + replacedBy.get()
                    + "; replace order " + replacedBy.get() + " instead.");
        }
        return planner.plan(old, terms, startsAt);
    }

    private Order insert(Transaction tx, long customerId, OrderTerms terms, Instant startsAt)
            throws java.sql.SQLException {
        if (!OrderSql.customerExists(tx.connection(), customerId)) {
            throw new NotFoundException("Customer " + customerId + " does not exist.");
        }
        Instant start = startsAt != null ? startsAt : clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Order order;
        try {
            order = terms.toOrder(customerId, start, null, null);
        } catch (InvalidOrderException e) {
            throw new ValidationException(e.field(), "The order's " + e.getMessage() + ".");
        }
        return order.withId(OrderSql.insert(tx.connection(), order));
    }
}
