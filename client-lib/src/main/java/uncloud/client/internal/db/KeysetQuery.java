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
    /**
     * {@code exists (…)}: whether rows lie on the cursor's side of the page (before an AFTER page, after a
     * BEFORE page); null without a cursor. The page's SQL selects it as {@code other_side}.
     */
    final String otherSideSql;

    private final List<Binding> otherSideBindings;

    private record Binding(SqlType<?> type, Object value) {}

    private KeysetQuery(
            String sql,
            List<Key<T>> keys,
            boolean reversed,
            List<Binding> bindings,
            String otherSideSql,
            List<Binding> otherSideBindings) {
        this.sql = sql;
        this.keys = keys;
        this.reversed = reversed;
        this.bindings = bindings;
        this.otherSideSql = otherSideSql;
        this.otherSideBindings = otherSideBindings;
    }

    void bind(PreparedStatement st) throws SQLException {
        bind(st, bindings);
    }

    /** Binds the values of {@code "select " + otherSideSql}. */
    void bindOtherSide(PreparedStatement st) throws SQLException {
        bind(st, otherSideBindings);
    }

    private static void bind(PreparedStatement st, List<Binding> bindings) throws SQLException {
        for (int i = 0; i < bindings.size(); i++) {
            Binding b = bindings.get(i);
            b.type().bindObject(st, i + 1, b.value());
        }
    }

    /**
     * Up to this many parents matching a text filter on a joined column travel to the page query as an array of
     * ids; beyond it the page query finds them itself.
     */
    static final int PARENT_IDS = 5000;

    /** Runs a parent look-up ({@link Join#idsSatisfying}) with its one pattern; null when none can run. */
    interface ParentLookup {
        long[] ids(String sql, String pattern);
    }

    /** The SQL of a page without running anything: parents are always found by the page query itself. */
    static <T> KeysetQuery<T> of(TableMapping<T> mapping, PageRequest request) {
        return of(mapping, request, (sql, pattern) -> null);
    }

    static <T> KeysetQuery<T> of(TableMapping<T> mapping, PageRequest request, ParentLookup lookup) {
        boolean reversed = request.anchor() == PageRequest.Anchor.BEFORE || request.anchor() == PageRequest.Anchor.LAST;
        List<Key<T>> keys = new ArrayList<>();
        Set<Join> joins = new LinkedHashSet<>();
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

        List<String> filters = new ArrayList<>();
        List<Binding> filterBindings = new ArrayList<>();
        boolean lateRows = false;
        for (Filter f : request.filters()) {
            MappedColumn<T> c = column(mapping, f.column());
            if (c.join() != null && f instanceof Filter.Contains) {
                lateRows = true;
                filters.add(parentFilter(c, f, lookup, filterBindings));
            } else {
                if (c.join() != null) {
                    joins.add(c.join());
                }
                filters.add(filterSql(c, f, filterBindings));
            }
        }

        List<String> conditions = new ArrayList<>(filters);
        List<Binding> bindings = new ArrayList<>();
        String otherSide = null;
        List<Binding> otherSideBindings = List.of();
        if (request.cursor() != null) {
            List<Object> values = cursorValues(keys, request.cursor());
            boolean strict = request.cursor().id() != null;
            List<Key<T>> used = keys.subList(0, values.size());
            // the rows on the cursor's side are the complement of the page's rows: the reversed order from
            // the cursor, strict where the page is not (the cursor's own row lies on that side)
            List<Key<T>> back = used.stream()
                    .map(k -> new Key<>(k.column(), !k.descending()))
                    .toList();
            List<String> probe = new ArrayList<>(filters);
            List<Binding> probeBindings = new ArrayList<>(filterBindings);
            probe.add(keysetSql(back, values, !strict, probeBindings));
            otherSide = "exists (select 1" + from(mapping, joins) + where(probe) + ")";
            otherSideBindings = probeBindings;
            bindings.addAll(probeBindings);
            bindings.addAll(filterBindings);
            conditions.add(keysetSql(used, values, strict, bindings));
        } else {
            bindings.addAll(filterBindings);
        }

        StringBuilder sql = new StringBuilder("select t.*");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(", ")
                    .append(keys.get(i).column().expression())
                    .append(" as k_")
                    .append(i);
        }
        if (otherSide != null) {
            // an uncorrelated subquery: PostgreSQL runs it once per statement (an InitPlan)
            sql.append(", (select ").append(otherSide).append(") as other_side");
        }
        String orderAndLimit = orderBy(keys) + " limit " + (request.size() + 1);
        sql.append(from(mapping, joins));
        if (lateRows) {
            // the page's ids first, then its rows: the walk in sort order that tests each row's parent can
            // then read an index alone (orders (starts_at, id) include (customer_id)) instead of every row
            sql.append(" where t.")
                    .append(mapping.idColumn)
                    .append(" in (select t.")
                    .append(mapping.idColumn)
                    .append(from(mapping, joins))
                    .append(where(conditions))
                    .append(orderAndLimit)
                    .append(")");
        } else {
            sql.append(where(conditions));
        }
        sql.append(orderAndLimit);
        return new KeysetQuery<>(sql.toString(), keys, reversed, bindings, otherSide, otherSideBindings);
    }

    /**
     * A text filter on a joined column, answered by finding the matching parents first (the parent's trigram
     * index). Tested through the join instead, a surname matching 1 % of the customers cost a join and an ILIKE
     * for each of the thousands of orders the scan in sort order passed. When few parents match, their ids are
     * bound as an array, so the planner knows how many there are (a full name: read those customers' orders by
     * {@code orders (customer_id, starts_at, id)}; a surname: scan in sort order, testing a hash of the ids);
     * when many match, the page query builds that hash itself.
     */
    private static String parentFilter(MappedColumn<?> c, Filter f, ParentLookup lookup, List<Binding> bindings) {
        List<Binding> own = new ArrayList<>();
        String condition = filterSql(c, f, own);
        long[] ids = lookup.ids(c.join().idsSatisfying(condition, PARENT_IDS + 1), (String)
                own.get(0).value());
        if (ids == null || ids.length > PARENT_IDS) {
            bindings.addAll(own);
            return c.join().parentSatisfies(condition);
        }
        if (ids.length == 0) {
            return "false";
        }
        bindings.add(new Binding(SqlTypes.ID_ARRAY, ids));
        return c.join().parentAmong();
    }

    /** The parent look-ups {@link #of(TableMapping, PageRequest, ParentLookup)} runs for a request, with their pattern. */
    static <T> List<String> parentLookups(TableMapping<T> mapping, PageRequest request) {
        List<String> sqls = new ArrayList<>();
        for (Filter f : request.filters()) {
            MappedColumn<T> c = column(mapping, f.column());
            if (c.join() != null && f instanceof Filter.Contains) {
                sqls.add(c.join().idsSatisfying(filterSql(c, f, new ArrayList<>()), PARENT_IDS + 1));
            }
        }
        return sqls;
    }

    private static <T> String orderBy(List<Key<T>> keys) {
        StringBuilder order = new StringBuilder(" order by ");
        for (int i = 0; i < keys.size(); i++) {
            order.append(i == 0 ? "" : ", ")
                    .append(keys.get(i).column().expression())
                    .append(keys.get(i).descending() ? " desc" : "");
        }
        return order.toString();
    }

    private static String from(TableMapping<?> mapping, Set<Join> joins) {
        StringBuilder from = new StringBuilder(" from ").append(mapping.table).append(" t");
        joins.forEach(j -> from.append(' ').append(j.clause()));
        return from.toString();
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
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

    /** The cursor's values (plus its id, if it has one), checked against the sort keys and coerced. */
    private static <T> List<Object> cursorValues(List<Key<T>> keys, Cursor cursor) {
        int sortKeys = keys.size() - 1;
        List<Object> values = new ArrayList<>(cursor.values());
        if (cursor.id() != null) {
            if (values.size() != sortKeys) {
                throw new ValidationException("the cursor belongs to another sort order: start from the first page");
            }
            values.add(cursor.id());
        } else if (values.isEmpty() || values.size() > sortKeys) {
            throw new ValidationException("a jump needs 1 to " + sortKeys + " values of the sort keys");
        }
        for (int i = 0; i < values.size(); i++) {
            values.set(i, coerce(keys.get(i).column(), values.get(i), "a cursor"));
        }
        return values;
    }

    /**
     * Rows beyond {@code values} on the keys {@code used}, in their directions: strictly beyond, or also the
     * rows equal to them. A cursor with an id is strict (the rows after that row); a jump ({@link Cursor#at},
     * no id) is not (the first row reaching the values).
     */
    private static <T> String keysetSql(
            List<Key<T>> used, List<Object> values, boolean strict, List<Binding> bindings) {
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
