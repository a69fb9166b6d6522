package uncloud.client.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a page of rows to fetch: sort keys (the row id is always added last as a unique tiebreaker),
 * filters (all must hold), where to start, and how many rows. Immutable; build with the {@code with…}
 * methods:
 *
 * <pre>{@code
 * PageRequest first = PageRequest.of(100).sortedBy(Sort.ascending("startsAt"))
 *         .filteredBy(Filter.contains("customerName", "müller"));
 * Page<Order> page = tx.orders().browse(first) ... next: first.after(page.endCursor())
 * }</pre>
 *
 * <p>Pages are found by key (keyset pagination), never by OFFSET: a page after a cursor stays the same
 * when rows are inserted before it, and the last page costs as little as the first.
 */
public final class PageRequest {
    public static final int MAX_SIZE = 1000;

    /** Where the page starts. */
    public enum Anchor {
        FIRST,
        AFTER,
        BEFORE,
        LAST
    }

    private final List<Sort> sort;
    private final List<Filter> filters;
    private final Anchor anchor;
    private final Cursor cursor;
    private final int size;

    private PageRequest(List<Sort> sort, List<Filter> filters, Anchor anchor, Cursor cursor, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_SIZE + " rows, not " + size);
        }
        this.sort = List.copyOf(sort);
        this.filters = List.copyOf(filters);
        this.anchor = anchor;
        this.cursor = cursor;
        this.size = size;
    }

    /** The first page of {@code size} rows, sorted by id. */
    public static PageRequest of(int size) {
        return new PageRequest(List.of(), List.of(), Anchor.FIRST, null, size);
    }

    public PageRequest sortedBy(Sort... keys) {
        return new PageRequest(List.of(keys), filters, Anchor.FIRST, null, size);
    }

    public PageRequest sortedBy(List<Sort> keys) {
        return new PageRequest(keys, filters, Anchor.FIRST, null, size);
    }

    /** Adds a filter and starts again at the first page. */
    public PageRequest filteredBy(Filter filter) {
        List<Filter> more = new ArrayList<>(filters);
        more.add(Objects.requireNonNull(filter, "filter"));
        return new PageRequest(sort, more, Anchor.FIRST, null, size);
    }

    public PageRequest withFilters(List<Filter> newFilters) {
        return new PageRequest(sort, newFilters, Anchor.FIRST, null, size);
    }

    public PageRequest withSize(int newSize) {
        return new PageRequest(sort, filters, anchor, cursor, newSize);
    }

    public PageRequest first() {
        return new PageRequest(sort, filters, Anchor.FIRST, null, size);
    }

    public PageRequest last() {
        return new PageRequest(sort, filters, Anchor.LAST, null, size);
    }

    /** The rows after {@code cursor} (usually the previous page's {@link Page#endCursor()}). */
    public PageRequest after(Cursor cursor) {
        return new PageRequest(sort, filters, Anchor.AFTER, Objects.requireNonNull(cursor, "cursor"), size);
    }

    /** The rows before {@code cursor} (usually the current page's {@link Page#startCursor()}). */
    public PageRequest before(Cursor cursor) {
        return new PageRequest(sort, filters, Anchor.BEFORE, Objects.requireNonNull(cursor, "cursor"), size);
    }

    public List<Sort> sort() {
        return sort;
    }

    public List<Filter> filters() {
        return filters;
    }

    public Anchor anchor() {
        return anchor;
    }

    /** The cursor of an AFTER or BEFORE request; null otherwise. */
    public Cursor cursor() {
        return cursor;
    }

    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "PageRequest[sort=" + sort + ", filters=" + filters + ", " + anchor
                + (cursor == null ? "" : " " + cursor) + ", size=" + size + "]";
    }
}
