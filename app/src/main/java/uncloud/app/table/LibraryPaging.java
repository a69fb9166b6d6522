package uncloud.app.table;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uncloud.client.db.Cursor;
import uncloud.client.db.Filter;
import uncloud.client.db.PageRequest;
import uncloud.client.db.Sort;

/**
 * Translates the table's {@link PageQuery} into client-lib's keyset {@link PageRequest} and its page
 * back: the continuation key is the library's end cursor.
 */
public final class LibraryPaging {
    private LibraryPaging() {}

    /** A request for the query's page; the free-text filter becomes "contains" on {@code filterColumn}. */
    public static PageRequest request(PageQuery query, String filterColumn) {
        PageRequest request = PageRequest.of(query.limit());
        if (query.sort() != null) {
            request = request.sortedBy(
                    new Sort(query.sort().column(), !query.sort().ascending()));
        }
        if (!query.filter().isEmpty()) {
            request = request.filteredBy(Filter.contains(filterColumn, query.filter()));
        }
        if (query.after().isPresent()) {
            request = request.after((Cursor) query.after().get());
        }
        return request;
    }

    public static <R, T> Page<T> page(uncloud.client.db.Page<R> page, Function<List<R>, List<T>> rows) {
        return new Page<>(rows.apply(page.items()), page.hasNext() ? Optional.of(page.endCursor()) : Optional.empty());
    }
}
