package uncloud.client.db;

import java.util.List;

/**
 * One page of rows in the request's order. {@code startCursor}/{@code endCursor} sit on the first and last
 * row (null when the page is empty); {@code hasPrevious}/{@code hasNext} say whether rows exist beyond
 * them.
 */
public record Page<T>(List<T> items, Cursor startCursor, Cursor endCursor, boolean hasPrevious, boolean hasNext) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
