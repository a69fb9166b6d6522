package uncloud.app.table;

import java.util.List;
import java.util.Optional;

/** Rows of one page, and the key to continue after, empty on the last page. */
public record Page<T>(List<T> rows, Optional<Object> nextKey) {
    public Page {
        rows = List.copyOf(rows);
    }

    public boolean isLast() {
        return nextKey.isEmpty();
    }
}
