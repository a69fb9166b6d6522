package uncloud.app.orders;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
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
import uncloud.client.billing.BillingService;
import uncloud.client.db.Database;
import uncloud.client.db.Filter;
import uncloud.client.db.PageRequest;
import uncloud.client.db.Repositories;
import uncloud.client.db.Transaction;
import uncloud.client.domain.Customer;
import uncloud.client.domain.MonthlyBill;
import uncloud.client.domain.Order;
import uncloud.client.domain.Product;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.domain.Replacement;
import uncloud.client.orders.OrderService;

/**
 * Orders in the database: browsing through client-lib's repositories (customer and product names
 * resolved per page, two queries, not one per row), every change through client-lib's {@link
 * OrderService} and the replacement preview through its {@link BillingService}, so the rules (one
 * transaction with its audit events, a downgrade by default at the end of the old order's period, an
 * upgrade now, staff's start overriding both) are the library's, not the console's.
 */
public final class DatabaseOrderBook implements OrderBook {
    private final Database database;
    private final String actor;
    private final OrderService orderService;
    private final BillingService billing;
    private final ZoneId zone;

    public DatabaseOrderBook(
            Database database, String actor, OrderService orderService, BillingService billing, ZoneId zone) {
        this.database = database;
        this.actor = actor;
        this.orderService = orderService;
        this.billing = billing;
        this.zone = zone;
    }

    @Override
    public Page<OrderRow> fetch(PageQuery query) {
        return database.read(tx -> LibraryPaging.page(
                Repositories.orders().browse(tx, LibraryPaging.request(query, "customerName")),
                rows -> toRows(tx, rows)));
    }

    @Override
    public OrderRow place(OrderTerms terms) {
        return row(orderService.place(actor, terms.customerId(), libraryTerms(terms), terms.startsAt()));
    }

    @Override
    public OrderRow end(long orderId, Instant lastSecond) {
        return row(orderService.end(actor, orderId, lastSecond));
    }

    /**
     * The bills of the month the replacement starts in and of the month after (the first the new order
     * fills): as they are now, and as they would be after it. Later months look like the month after.
     */
    @Override
    public ReplacementPreview previewReplacement(long orderId, OrderTerms replacement) {
        uncloud.client.domain.OrderTerms terms = libraryTerms(replacement);
        Replacement plan = orderService.planReplacement(orderId, terms, replacement.startsAt());
        YearMonth first = YearMonth.from(plan.newOrder().startsAt().atZone(zone));
        long customerId = plan.endedOrder().customerId();
        List<BillLine> before = new ArrayList<>();
        List<BillLine> after = new ArrayList<>();
        for (YearMonth month : List.of(first, first.plusMonths(1))) {
            billing.preview(customerId, month).ifPresent(bill -> before.addAll(lines(month, bill)));
            billing.previewReplacement(orderId, terms, replacement.startsAt(), month)
                    .ifPresent(bill -> after.addAll(lines(month, bill)));
        }
        return new ReplacementPreview(before, after);
    }

    @Override
    public OrderRow replace(long orderId, OrderTerms replacement) {
        return row(orderService
                .replace(actor, orderId, libraryTerms(replacement), replacement.startsAt())
                .newOrder());
    }

    private static List<BillLine> lines(YearMonth month, MonthlyBill bill) {
        return bill.records().stream()
                .map(line -> new BillLine(
                        month,
                        line.orderId(),
                        line.startsAt(),
                        line.endsAt(),
                        line.oneTimeAmount(),
                        line.recurringAmount()))
                .collect(Collectors.toList());
    }

    private static uncloud.client.domain.OrderTerms libraryTerms(OrderTerms terms) {
        return new uncloud.client.domain.OrderTerms(
                terms.productId(),
                terms.description(),
                terms.oneTimePrice(),
                terms.recurringPrice(),
                RecurringPeriod.valueOf(terms.period().name()));
    }

    private OrderRow row(Order order) {
        return database.read(tx -> toRow(tx, order));
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
