package uncloud.app.table;

import java.util.Optional;

/**
 * One keyset page to fetch: rows after {@code after} (the key of the last row already shown, empty for
 * the first page) in {@code sort} order, matching {@code filter}.
 */
public record PageQuery(String filter, SortOrder sort, Optional<Object> after, int limit) {
    public PageQuery {
        filter = filter == null ? "" : filter.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    public PageQuery next(Object lastKey) {
        return new PageQuery(filter, sort, Optional.of(lastKey), limit);
    }
}
