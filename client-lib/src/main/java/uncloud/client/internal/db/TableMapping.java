package uncloud.client.internal.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** How the rows of one table map to a domain record, built with {@link #builder}. */
final class TableMapping<T> {
    final String table;
    /** The row's name in messages ("order 42 …"). */
    final String label;

    final String idColumn;
    final boolean idAssignedByDatabase;
    final ToLongFunction<T> id;
    final ToIntFunction<T> version;
    final RowReader<T> reader;
    final Map<String, MappedColumn<T>> columns;

    private TableMapping(Builder<T> b) {
        this.table = b.table;
        this.label = b.label;
        this.idColumn = b.idColumn;
        this.idAssignedByDatabase = b.idAssignedByDatabase;
        this.id = b.id;
        this.version = b.version;
        this.reader = b.reader;
        this.columns = new LinkedHashMap<>(b.columns);
    }

    static <T> Builder<T> builder(String table, String label, RowReader<T> reader) {
        return new Builder<>(table, label, reader);
    }

    boolean versioned() {
        return version != null;
    }

    List<MappedColumn<T>> writableColumns() {
        List<MappedColumn<T>> writable = new ArrayList<>();
        for (MappedColumn<T> c : columns.values()) {
            if (c.writable()) {
                writable.add(c);
            }
        }
        return writable;
    }

    static final class Builder<T> {
        private final String table;
        private final String label;
        private final RowReader<T> reader;
        private final Map<String, MappedColumn<T>> columns = new LinkedHashMap<>();
        private String idColumn = "id";
        private boolean idAssignedByDatabase = true;
        private ToLongFunction<T> id;
        private ToIntFunction<T> version;

        private Builder(String table, String label, RowReader<T> reader) {
            this.table = table;
            this.label = label;
            this.reader = reader;
        }

        /** A generated bigint identity {@code id}. */
        Builder<T> id(ToLongFunction<T> getter) {
            this.id = getter;
            columns.put("id", new MappedColumn<>("id", "t.id", null, SqlTypes.BIGINT, null, false, null));
            return this;
        }

        /** A key the caller supplies (product children use product_id). */
        Builder<T> naturalId(String name, String sqlColumn, ToLongFunction<T> getter) {
            this.idColumn = sqlColumn;
            this.idAssignedByDatabase = false;
            this.id = getter;
            Function<T, Long> boxed = row -> getter.applyAsLong(row);
            columns.put(
                    name, new MappedColumn<>(name, "t." + sqlColumn, sqlColumn, SqlTypes.BIGINT, boxed, false, null));
            return this;
        }

        Builder<T> column(String name, String sqlColumn, SqlType<?> type, Function<T, ?> getter) {
            return add(new MappedColumn<>(name, "t." + sqlColumn, sqlColumn, type, getter, false, null));
        }

        Builder<T> nullableColumn(String name, String sqlColumn, SqlType<?> type, Function<T, ?> getter) {
            return add(new MappedColumn<>(name, "t." + sqlColumn, sqlColumn, type, getter, true, null));
        }

        /** A column only the database writes. */
        Builder<T> readOnly(String name, String sqlColumn, SqlType<?> type, boolean nullable) {
            return add(new MappedColumn<>(name, "t." + sqlColumn, null, type, null, nullable, null));
        }

        /** A column of another table, for sorting and filtering (e.g. the customer's name on orders). */
        Builder<T> joined(String name, Join join, String parentColumn, SqlType<?> type, boolean nullable) {
            return add(new MappedColumn<>(name, join.alias() + "." + parentColumn, null, type, null, nullable, join));
        }

        /** created_at, updated_at and version, with optimistic locking on version. */
        Builder<T> audited(ToIntFunction<T> versionGetter) {
            this.version = versionGetter;
            readOnly("createdAt", "created_at", SqlTypes.TIMESTAMP, false);
            readOnly("updatedAt", "updated_at", SqlTypes.TIMESTAMP, false);
            readOnly("version", "version", SqlTypes.INTEGER, false);
            return this;
        }

        private Builder<T> add(MappedColumn<T> column) {
            columns.put(column.name(), column);
            return this;
        }

        TableMapping<T> build() {
            if (id == null) {
                throw new IllegalStateException(table + " needs an id");
            }
            return new TableMapping<>(this);
        }
    }
}
