package uncloud.app.table;

import java.util.Objects;
import java.util.function.Function;

/**
 * A table column as the view model knows it: the key the server sorts by (null when it cannot), the
 * heading, and the cell text — the same text the CSV export writes.
 */
public record ColumnSpec<T>(
        String key, String title, Function<T, String> text, boolean sortable, boolean visible, double width) {
    public ColumnSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    public static <T> ColumnSpec<T> sortable(String key, String title, Function<T, String> text) {
        return new ColumnSpec<>(key, title, text, true, true, 0);
    }

    public static <T> ColumnSpec<T> plain(String key, String title, Function<T, String> text) {
        return new ColumnSpec<>(key, title, text, false, true, 0);
    }

    /** The same column with a preferred width in pixels (0 = from the heading). */
    public ColumnSpec<T> width(double pixels) {
        return new ColumnSpec<>(key, title, text, sortable, visible, pixels);
    }

    /** The same column, hidden until chosen in the column chooser. */
    public ColumnSpec<T> hidden() {
        return new ColumnSpec<>(key, title, text, sortable, false, width);
    }
}
