package uncloud.app.table;

import java.util.Objects;

/** One server-side sort: a column key the source understands, and a direction. */
public record SortOrder(String column, boolean ascending) {
    public SortOrder {
        Objects.requireNonNull(column, "column");
    }
}
