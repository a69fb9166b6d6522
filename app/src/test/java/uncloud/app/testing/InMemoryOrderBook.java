package uncloud.app.testing;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import uncloud.app.orders.BillLine;
import uncloud.app.orders.OrderBook;
import uncloud.app.orders.OrderRow;
import uncloud.app.orders.OrderTerms;
import uncloud.app.orders.ReplacementPreview;
import uncloud.app.products.BillingPeriod;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.client.ConflictException;
import uncloud.client.NotFoundException;
import uncloud.client.domain.Money;

/**
 * Orders in memory. The "billing preview" is deliberately simple (one line per order in the month the
 * replacement starts, full recurring price): the console only shows what the library computes.
 */
public final class InMemoryOrderBook implements OrderBook {
    private final Map<Long, OrderRow> orders = new ConcurrentSkipListMap<>();
    private long nextId = 1;

    public static InMemoryOrderBook withSamples(int count, Instant start) {
        InMemoryOrderBook book = new InMemoryOrderBook();
        for (int i = 1; i <= count; i++) {
            book.place(new OrderTerms(
                    1 + i % 7,
                    null,
                    "Sample order " + i,
                    Money.ZERO,
                    Money.of((10 + i % 20) + ".00"),
                    BillingPeriod.PER_MONTH,
                    start.plusSeconds(3600L * i)));
        }
        return book;
    }

    @Override
    public Page<OrderRow> fetch(PageQuery query) {
        String filter = query.filter().toLowerCase(Locale.ROOT);
        Comparator<OrderRow> order = Comparator.comparingLong(OrderRow::id);
        if (query.sort() != null && !query.sort().ascending()) {
            order = order.reversed();
        }
        List<OrderRow> matching = orders.values().stream()
                .filter(row -> filter.isEmpty()
                        || row.customerName().toLowerCase(Locale.ROOT).contains(filter)
                        || row.description().toLowerCase(Locale.ROOT).contains(filter))
                .sorted(order)
                .collect(Collectors.toList());
        int from = query.after().map(key -> (Integer) key).orElse(0);
        int to = Math.min(matching.size(), from + query.limit());
        return new Page<>(
                new ArrayList<>(matching.subList(from, to)), to < matching.size() ? Optional.of(to) : Optional.empty());
    }

    public synchronized OrderRow get(long id) {
        OrderRow row = orders.get(id);
        if (row == null) {
            throw new NotFoundException("Order " + id + " does not exist.");
        }
        return row;
    }

    @Override
    public synchronized OrderRow place(OrderTerms terms) {
        return store(terms, null);
    }

    private OrderRow store(OrderTerms terms, Long replacesId) {
        OrderRow row = new OrderRow(
                nextId++,
                terms.customerId(),
                "Customer " + terms.customerId(),
                terms.productId(),
                "",
                terms.description(),
                terms.oneTimePrice(),
                terms.recurringPrice(),
                terms.period(),
                terms.startsAt(),
                null,
                replacesId,
                null);
        orders.put(row.id(), row);
        return row;
    }

    @Override
    public synchronized OrderRow end(long orderId, Instant lastSecond) {
        OrderRow row = get(orderId);
        if (!row.isOpen()) {
            throw new ConflictException("Order " + orderId + " has already ended.");
        }
        OrderRow ended = withEnd(row, lastSecond, row.replacedById());
        orders.put(orderId, ended);
        return ended;
    }

    private static OrderRow withEnd(OrderRow row, Instant endsAt, Long replacedById) {
        return new OrderRow(
                row.id(),
                row.customerId(),
                row.customerName(),
                row.productId(),
                row.productName(),
                row.description(),
                row.oneTimePrice(),
                row.recurringPrice(),
                row.period(),
                row.startsAt(),
                endsAt,
                row.replacesId(),
                replacedById);
    }

    @Override
    public synchronized ReplacementPreview previewReplacement(long orderId, OrderTerms replacement) {
        requireStart(replacement);
        OrderRow old = get(orderId);
        YearMonth month = YearMonth.from(replacement.startsAt().atZone(ZoneOffset.UTC));
        return new ReplacementPreview(
                List.of(new BillLine(month, old.id(), old.startsAt(), null, Money.ZERO, old.recurringPrice())),
                List.of(
                        new BillLine(
                                month,
                                old.id(),
                                old.startsAt(),
                                replacement.startsAt().minusSeconds(1),
                                Money.ZERO,
                                old.recurringPrice()),
                        new BillLine(
                                month,
                                nextId,
                                replacement.startsAt(),
                                null,
                                replacement.oneTimePrice(),
                                replacement.recurringPrice())));
    }

    @Override
    public synchronized OrderRow replace(long orderId, OrderTerms replacement) {
        requireStart(replacement);
        OrderRow old = get(orderId);
        OrderRow stored = store(replacement, orderId);
        orders.put(orderId, withEnd(old, replacement.startsAt().minusSeconds(1), stored.id()));
        return stored;
    }

    /** The default start (downgrade at the period's end, upgrade now) is client-lib's; not modelled here. */
    private static void requireStart(OrderTerms replacement) {
        if (replacement.startsAt() == null) {
            throw new UnsupportedOperationException("the in-memory order book needs an explicit start");
        }
    }

    @Override
    public synchronized List<OrderRow> chain(long orderId) {
        OrderRow first = get(orderId);
        while (first.replacesId() != null) {
            first = get(first.replacesId());
        }
        List<OrderRow> chain = new ArrayList<>();
        for (OrderRow row = first; row != null; row = row.replacedById() == null ? null : get(row.replacedById())) {
            chain.add(row);
        }
        return chain;
    }
}
