package uncloud.client.internal.db;

import java.util.function.Function;
import uncloud.client.db.ColumnInfo;

/**
 * One column a repository knows: its name in the domain record, the SQL expression that selects it (over
 * the table alias {@code t} or a joined alias), and how its values travel.
 *
 * @param sqlColumn the table column written by insert/update, or null for read-only and joined columns
 * @param getter reads the value from a record when it is written; null for read-only columns
 * @param join the parent table this column comes from, or null for the table's own columns
 */
record MappedColumn<T>(
        String name,
        String expression,
        String sqlColumn,
        SqlType<?> type,
        Function<T, ?> getter,
        boolean nullable,
        Join join) {

    boolean writable() {
        return getter != null && sqlColumn != null;
    }

    ColumnInfo info() {
        return new ColumnInfo(name, type.javaType, nullable);
    }
}
