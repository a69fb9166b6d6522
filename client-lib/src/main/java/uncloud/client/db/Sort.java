package uncloud.client.db;

import java.util.Objects;

/** One sort key of a page request: a column name as listed by {@link ReadRepository#columns()}. */
public record Sort(String column, boolean descending) {
    public Sort {
        Objects.requireNonNull(column, "column");
    }

    public static Sort ascending(String column) {
        return new Sort(column, false);
    }

    public static Sort descending(String column) {
        return new Sort(column, true);
    }

    Sort reversed() {
        return new Sort(column, !descending);
    }
}
