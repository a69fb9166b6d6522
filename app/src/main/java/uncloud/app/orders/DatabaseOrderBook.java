package uncloud.app.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import uncloud.app.products.BillingPeriod;
import uncloud.app.table.LibraryPaging;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.client.UncloudException;
import uncloud.client.db.Database;
import uncloud.client.db.Filter;
import uncloud.client.db.PageRequest;
import uncloud.client.db.Repositories;
import uncloud.client.db.Transaction;
import uncloud.client.domain.Customer;
import uncloud.client.domain.Order;
import uncloud.client.domain.Product;
import uncloud.client.domain.RecurringPeriod;

/**
 * Orders in the database through client-lib's repositories. Customer and product names are resolved
 * per page (two queries, not one per row). Replacing ends the old order and inserts the new one in one
 * transaction; the database checks the one-second rule at commit.
 */
public final class DatabaseOrderBook implements OrderBook {
    private final Database database;
    private final String actor;

    public DatabaseOrderBook(Database database, String actor) {
        this.database = database;
        this.actor = actor;
    }

    @Override
    public Page<OrderRow> fetch(PageQuery query) {
        return database.read(tx -> LibraryPaging.page(
                Repositories.orders().browse(tx, LibraryPaging.request(query, "customerName")),
                rows -> toRows(tx, rows)));
    }

    @Override
    public OrderRow place(OrderTerms terms) {
        return database.inTransaction(
                actor, tx -> toRow(tx, Repositories.orders().insert(tx, toOrder(terms, null))));
    }

    @Override
    public OrderRow end(long orderId, Instant lastSecond) {
        return database.inTransaction(actor, tx -> {
            Order order = Repositories.orders().get(tx, orderId);
            return toRow(tx, Repositories.orders().update(tx, ended(order, lastSecond)));
        });
    }

    @Override
    public ReplacementPreview previewReplacement(long orderId, OrderTerms replacement) {
        throw new UncloudException("The billing preview is not part of this build of client-lib yet (billing"
                + " library); replace without preview, or check the bills after replacing.");
    }

    @Override
    public OrderRow replace(long orderId, OrderTerms replacement) {
        return database.inTransaction(actor, tx -> {
            Order old = Repositories.orders().get(tx, orderId);
            if (old.endsAt() != null) {
                throw new UncloudException(
                        "Order " + orderId + " has already ended; only an open order can be replaced.");
            }
            Repositories.orders().update(tx, ended(old, replacement.startsAt().minusSeconds(1)));
            return toRow(tx, Repositories.orders().insert(tx, toOrder(replacement, orderId)));
        });
    }

    @Override
    public List<OrderRow> chain(long orderId) {
        return database.read(tx -> {
            List<Order> chain = new ArrayList<>();
            Order first = Repositories.orders().get(tx, orderId);
            while (first.replacesId() != null) {
                first = Repositories.orders().get(tx, first.replacesId());
            }
            for (Order order = first; order != null; order = successor(tx, order.id())) {
                chain.add(order);
            }
            return toRows(tx, chain);
        });
    }

    private static Order successor(Transaction tx, long id) {
        List<Order> next = Repositories.orders()
                .browse(tx, PageRequest.of(1).filteredBy(Filter.equalTo("replacesId", id)))
                .items();
        return next.isEmpty() ? null : next.get(0);
    }

    private static Order ended(Order order, Instant lastSecond) {
        return new Order(
                order.id(),
                order.customerId(),
                order.productId(),
                order.description(),
                order.oneTimePrice(),
                order.recurringPrice(),
                order.recurringPeriod(),
                order.startsAt(),
                lastSecond,
                order.replacesId(),
                order.createdAt(),
                order.updatedAt(),
                order.version());
    }

    private static Order toOrder(OrderTerms terms, Long replacesId) {
        return new Order(
                0L,
                terms.customerId(),
                terms.productId(),
                terms.description(),
                terms.oneTimePrice(),
                terms.recurringPrice(),
                RecurringPeriod.valueOf(terms.period().name()),
                terms.startsAt(),
                null,
                replacesId,
                null,
                null,
                0);
    }

    private static OrderRow toRow(Transaction tx, Order order) {
        return toRows(tx, List.of(order)).get(0);
    }

    private static List<OrderRow> toRows(Transaction tx, List<Order> orders) {
        Map<Long, Customer> customers = Repositories.customers()
                .getAll(tx, ids(orders.stream().map(Order::customerId).collect(Collectors.toList())));
        Map<Long, Product> products = Repositories.products()
                .getAll(
                        tx,
                        ids(orders.stream()
                                .map(Order::productId)
                                .filter(Objects::nonNull)
                                .collect(Collectors.toList())));
        // Only an ended order can have been replaced: look those up, not every row.
        Map<Long, Long> replacedBy = new HashMap<>();
        for (Order order : orders) {
            if (order.endsAt() != null) {
                Order next = successor(tx, order.id());
                if (next != null) {
                    replacedBy.put(order.id(), next.id());
                }
            }
        }
        return orders.stream()
                .map(order -> new OrderRow(
                        order.id(),
                        order.customerId(),
                        customers.containsKey(order.customerId())
                                ? customers.get(order.customerId()).name()
                                : "#" + order.customerId(),
                        order.productId(),
                        order.productId() == null || !products.containsKey(order.productId())
                                ? ""
                                : products.get(order.productId()).name(),
                        order.description(),
                        order.oneTimePrice(),
                        order.recurringPrice(),
                        BillingPeriod.valueOf(order.recurringPeriod().name()),
                        order.startsAt(),
                        order.endsAt(),
                        order.replacesId(),
                        replacedBy.get(order.id())))
                .collect(Collectors.toList());
    }

    private static Collection<Long> ids(List<Long> ids) {
        return new HashSet<>(ids);
    }
}
