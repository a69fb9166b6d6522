package uncloud.client.internal.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uncloud.client.ValidationException;
import uncloud.client.db.Cursor;
import uncloud.client.db.Filter;
import uncloud.client.db.PageRequest;
import uncloud.client.db.Sort;

/**
 * The SQL of one page: filters, the keyset condition for the cursor, ORDER BY the sort keys plus the id,
 * LIMIT size + 1 (the extra row tells whether more follow). Pages before a cursor and the last page are
 * read in reversed order and turned around by the caller.
 *
 * <p>NULLs sort as PostgreSQL does by default (after every value in ascending order), so reversing the
 * direction reverses the order exactly.
 */
final class KeysetQuery<T> {
    /** A sort key resolved to its column, in the direction the query reads. */
    record Key<T>(MappedColumn<T> column, boolean descending) {}

    final String sql;
    final List<Key<T>> keys;
    final boolean reversed;
    private final List<Binding> bindings;

    private record Binding(SqlType<?> type, Object value) {}

    private KeysetQuery(String sql, List<Key<T>> keys, boolean reversed, List<Binding> bindings) {
        this.sql = sql;
        this.keys = keys;
        this.reversed = reversed;
        this.bindings = bindings;
    }

    void bind(PreparedStatement st) throws SQLException {
        for (int i = 0; i < bindings.size(); i++) {
            Binding b = bindings.get(i);
            b.type().bindObject(st, i + 1, b.value());
        }
    }

    static <T> KeysetQuery<T> of(TableMapping<T> mapping, PageRequest request) {
        boolean reversed = request.anchor() == PageRequest.Anchor.BEFORE || request.anchor() == PageRequest.Anchor.LAST;
        List<Key<T>> keys = new ArrayList<>();
        Set<String> joins = new LinkedHashSet<>();
        boolean lastDescending = false;
        for (Sort s : request.sort()) {
            MappedColumn<T> c = column(mapping, s.column());
            keys.add(new Key<>(c, s.descending() != reversed));
            lastDescending = s.descending();
            if (c.join() != null) {
                joins.add(c.join());
            }
        }
        MappedColumn<T> id = mapping.columns.values().stream()
                .filter(c -> c.expression().equals("t." + mapping.idColumn))
                .findFirst()
                .orElseThrow();
        keys.add(new Key<>(id, lastDescending != reversed));

        List<String> conditions = new ArrayList<>();
        List<Binding> bindings = new ArrayList<>();
        for (Filter f : request.filters()) {
            MappedColumn<T> c = column(mapping, f.column());
            if (c.join() != null) {
                joins.add(c.join());
            }
            conditions.add(filterSql(c, f, bindings));
        }
        if (request.cursor() != null) {
            conditions.add(keysetSql(keys, request.cursor(), bindings));
        }

        StringBuilder sql = new StringBuilder("select t.*");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(", ")
                    .append(keys.get(i).column().expression())
                    .append(" as k_")
                    .append(i);
        }
        sql.append(" from ").append(mapping.table).append(" t");
        joins.forEach(j -> sql.append(' ').append(j));
        if (!conditions.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", conditions));
        }
        sql.append(" order by ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append(keys.get(i).column().expression())
                    .append(keys.get(i).descending() ? " desc" : "");
        }
        sql.append(" limit ").append(request.size() + 1);
        return new KeysetQuery<>(sql.toString(), keys, reversed, bindings);
    }

    private static <T> MappedColumn<T> column(TableMapping<T> mapping, String name) {
        MappedColumn<T> c = mapping.columns.get(name);
        if (c == null) {
            throw new ValidationException(
                    name,
                    mapping.table + " has no column " + name + "; known: "
                            + String.join(", ", mapping.columns.keySet()));
        }
        return c;
    }

    private static Object coerce(MappedColumn<?> c, Object value, String what) {
        if (value == null) {
            return null;
        }
        Object v = c.type().coerce(value);
        if (v == null) {
            throw new ValidationException(
                    c.name(),
                    what + " on " + c.name() + " needs a " + c.type().javaType.getSimpleName() + ", not "
                            + value.getClass().getSimpleName() + " " + value);
        }
        return v;
    }

    private static String filterSql(MappedColumn<?> c, Filter f, List<Binding> bindings) {
        String e = c.expression();
        String p = c.type().placeholder;
        if (f instanceof Filter.Contains contains) {
            bindings.add(new Binding(SqlTypes.TEXT, "%" + escapeLike(contains.text()) + "%"));
            return (c.type().javaType == String.class && p.equals("?") ? e : e + "::text") + " ilike ?";
        }
        if (f instanceof Filter.EqualTo eq) {
            bindings.add(new Binding(c.type(), coerce(c, eq.value(), "a filter")));
            return e + " = " + p;
        }
        if (f instanceof Filter.Between range) {
            List<String> parts = new ArrayList<>();
            if (range.from() != null) {
                bindings.add(new Binding(c.type(), coerce(c, range.from(), "a range")));
                parts.add(e + " >= " + p);
            }
            if (range.to() != null) {
                bindings.add(new Binding(c.type(), coerce(c, range.to(), "a range")));
                parts.add(e + " <= " + p);
            }
            return "(" + String.join(" and ", parts) + ")";
        }
        Filter.IsNull isNull = (Filter.IsNull) f;
        return e + (isNull.isNull() ? " is null" : " is not null");
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Rows strictly after the cursor in the query's order; for a cursor made with {@link Cursor#at} (no id),
     * rows at or after its values on the leading keys.
     */
    private static <T> String keysetSql(List<Key<T>> keys, Cursor cursor, List<Binding> bindings) {
        int sortKeys = keys.size() - 1;
        List<Object> values = new ArrayList<>(cursor.values());
        List<Key<T>> used;
        boolean strict;
        if (cursor.id() != null) {
            if (values.size() != sortKeys) {
                throw new ValidationException("the cursor belongs to another sort order: start from the first page");
            }
            values.add(cursor.id());
            used = keys;
            strict = true;
        } else {
            if (values.isEmpty() || values.size() > sortKeys) {
                throw new ValidationException("a jump needs 1 to " + sortKeys + " values of the sort keys");
            }
            used = keys.subList(0, values.size());
            strict = false;
        }
        for (int i = 0; i < values.size(); i++) {
            values.set(i, coerce(used.get(i).column(), values.get(i), "a cursor"));
        }
        if (canCompareRows(used, values)) {
            String op = used.get(0).descending() ? (strict ? "<" : "<=") : (strict ? ">" : ">=");
            StringBuilder left = new StringBuilder("(");
            StringBuilder right = new StringBuilder("(");
            for (int i = 0; i < used.size(); i++) {
                left.append(i == 0 ? "" : ", ").append(used.get(i).column().expression());
                right.append(i == 0 ? "" : ", ").append(used.get(i).column().type().placeholder);
                bindings.add(new Binding(used.get(i).column().type(), values.get(i)));
            }
            return left + ") " + op + " " + right + ")";
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                parts.add(equalSql(used.get(j), values.get(j), bindings));
            }
            parts.add(beyondSql(used.get(i), values.get(i), bindings));
            alternatives.add("(" + String.join(" and ", parts) + ")");
        }
        if (!strict) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < used.size(); j++) {
                parts.add(equalSql(used.get(j), values.get(j), bindings));
            }
            alternatives.add("(" + String.join(" and ", parts) + ")");
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    /** A row comparison can use a composite index; it needs one direction and no NULLs. */
    private static <T> boolean canCompareRows(List<Key<T>> keys, List<Object> values) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).column().nullable()
                    || values.get(i) == null
                    || keys.get(i).descending() != keys.get(0).descending()) {
                return false;
            }
        }
        return true;
    }

    private static String equalSql(Key<?> key, Object value, List<Binding> bindings) {
        String e = key.column().expression();
        if (value == null) {
            return e + " is null";
        }
        bindings.add(new Binding(key.column().type(), value));
        return e + " = " + key.column().type().placeholder;
    }

    /** The key lies strictly beyond the value in the query's direction (NULL counts as the largest). */
    private static String beyondSql(Key<?> key, Object value, List<Binding> bindings) {
        String e = key.column().expression();
        String p = key.column().type().placeholder;
        if (!key.descending()) {
            if (value == null) {
                return "false";
            }
            bindings.add(new Binding(key.column().type(), value));
            return key.column().nullable() ? "(" + e + " > " + p + " or " + e + " is null)" : e + " > " + p;
        }
        if (value == null) {
            return e + " is not null";
        }
        bindings.add(new Binding(key.column().type(), value));
        return e + " < " + p;
    }
}
