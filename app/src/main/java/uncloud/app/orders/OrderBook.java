package uncloud.app.orders;

import java.time.Instant;
import java.util.List;
import uncloud.app.table.PagedSource;

/**
 * The orders the console browses and changes. Sort keys: {@code id}, {@code customerName}, {@code
 * startsAt}, {@code recurringPrice}. The filter matches the customer's name.
 */
public interface OrderBook extends PagedSource<OrderRow> {
    OrderRow place(OrderTerms terms);

    /** Ends the order; {@code lastSecond} is its last active second (inclusive). */
    OrderRow end(long orderId, Instant lastSecond);

    /** The bill lines before and after replacing {@code orderId} with {@code replacement}; changes nothing. */
    ReplacementPreview previewReplacement(long orderId, OrderTerms replacement);

    /**
     * Ends the order one second before the replacement starts and stores the replacement, in one
     * transaction; returns the new order.
     */
    OrderRow replace(long orderId, OrderTerms replacement);

    /** The order's replacement chain, oldest first. */
    List<OrderRow> chain(long orderId);

    @Override
    default Object idOf(OrderRow row) {
        return row.id();
    }
}
