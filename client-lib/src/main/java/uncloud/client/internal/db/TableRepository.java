package uncloud.client.internal.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uncloud.client.ConflictException;
import uncloud.client.NotFoundException;
import uncloud.client.ValidationException;
import uncloud.client.db.ColumnInfo;
import uncloud.client.db.Cursor;
import uncloud.client.db.Page;
import uncloud.client.db.PageRequest;
import uncloud.client.db.Repository;
import uncloud.client.db.Transaction;

/** A repository driven by a {@link TableMapping}; the audit and NOTIFY triggers do the rest. */
public class TableRepository<T> implements Repository<T> {
    private final TableMapping<T> mapping;
    private final String idColumn;
    private final List<MappedColumn<T>> writable;
    private final String insertSql;
    private final String updateSql;
    private final String deleteSql;

    TableRepository(TableMapping<T> mapping) {
        this.mapping = mapping;
        this.idColumn = mapping.idColumn;
        this.writable = mapping.writableColumns();
        List<String> names = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        List<String> assignments = new ArrayList<>();
        for (MappedColumn<T> c : writable) {
            names.add(c.sqlColumn());
            placeholders.add(c.type().placeholder);
            assignments.add(c.sqlColumn() + " = " + c.type().placeholder);
        }
        String lock = mapping.versioned() ? " and version = ?" : "";
        this.insertSql = "insert into " + mapping.table + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", placeholders) + ") returning *";
        this.updateSql = "update " + mapping.table + " set " + String.join(", ", assignments) + " where " + idColumn
                + " = ?" + lock + " returning *";
        this.deleteSql = "delete from " + mapping.table + " where " + idColumn + " = ?" + lock;
    }

    @Override
    public String table() {
        return mapping.table;
    }

    @Override
    public List<ColumnInfo> columns() {
        return mapping.columns.values().stream().map(MappedColumn::info).toList();
    }

    @Override
    public Optional<T> find(Transaction tx, long id) {
        try (PreparedStatement st = tx.connection()
                .prepareStatement("select t.* from " + mapping.table + " t where t." + idColumn + " = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(mapping.reader.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public T get(Transaction tx, long id) {
        return find(tx, id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Map<Long, T> getAll(Transaction tx, Collection<Long> ids) {
        if (ids.size() > PageRequest.MAX_SIZE) {
            throw new ValidationException("ids", "ask for at most " + PageRequest.MAX_SIZE + " rows at once");
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        try (PreparedStatement st = tx.connection()
                .prepareStatement("select t.* from " + mapping.table + " t where t." + idColumn + " = any(?)")) {
            st.setArray(1, tx.connection().createArrayOf("bigint", ids.toArray()));
            Map<Long, T> rows = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    T row = mapping.reader.read(rs);
                    rows.put(mapping.id.applyAsLong(row), row);
                }
            }
            return Collections.unmodifiableMap(rows);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public T insert(Transaction tx, T row) {
        try (PreparedStatement st = tx.connection().prepareStatement(insertSql)) {
            bindWritable(st, row);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return mapping.reader.read(rs);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public T update(Transaction tx, T row) {
        long id = mapping.id.applyAsLong(row);
        try (PreparedStatement st = tx.connection().prepareStatement(updateSql)) {
            int next = bindWritable(st, row);
            st.setLong(next++, id);
            if (mapping.versioned()) {
                st.setInt(next, mapping.version.applyAsInt(row));
            }
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    return mapping.reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        throw lostUpdate(tx, id);
    }

    @Override
    public void delete(Transaction tx, T row) {
        long id = mapping.id.applyAsLong(row);
        try (PreparedStatement st = tx.connection().prepareStatement(deleteSql)) {
            st.setLong(1, id);
            if (mapping.versioned()) {
                st.setInt(2, mapping.version.applyAsInt(row));
            }
            if (st.executeUpdate() == 1) {
                return;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        throw lostUpdate(tx, id);
    }

    @Override
    public Page<T> browse(Transaction tx, PageRequest request) {
        KeysetQuery<T> query = KeysetQuery.of(mapping, request, (sql, pattern) -> parentIds(tx, sql, pattern));
        List<T> items = new ArrayList<>();
        List<Cursor> cursors = new ArrayList<>();
        Boolean otherSide = null;
        try (PreparedStatement st = tx.connection().prepareStatement(query.sql)) {
            query.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                int firstKey = rs.findColumn("k_0");
                while (rs.next() && items.size() < request.size() + 1) {
                    items.add(mapping.reader.read(rs));
                    cursors.add(cursorOf(rs, query, firstKey));
                    if (query.otherSideSql != null && otherSide == null) {
                        otherSide = rs.getBoolean("other_side");
                    }
                }
            }
            if (query.otherSideSql != null && otherSide == null) {
                // an empty page carries no row to read the answer from (rare: the edge after deletions)
                otherSide = otherSide(tx, query);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        boolean more = items.size() > request.size();
        if (more) {
            items.remove(items.size() - 1);
            cursors.remove(cursors.size() - 1);
        }
        if (query.reversed) {
            Collections.reverse(items);
            Collections.reverse(cursors);
        }
        Cursor start = cursors.isEmpty() ? null : cursors.get(0);
        Cursor end = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
        return switch (request.anchor()) {
            case FIRST -> new Page<>(items, start, end, false, more);
            case AFTER -> new Page<>(items, start, end, otherSide, more);
            case BEFORE -> new Page<>(items, start, end, more, otherSide);
            case LAST -> new Page<>(items, start, end, more, false);
        };
    }

    private static boolean otherSide(Transaction tx, KeysetQuery<?> query) throws SQLException {
        try (PreparedStatement st = tx.connection().prepareStatement("select " + query.otherSideSql)) {
            query.bindOtherSide(st);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static long[] parentIds(Transaction tx, String sql, String pattern) {
        try (PreparedStatement st = tx.connection().prepareStatement(sql)) {
            st.setString(1, pattern);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return SqlTypes.ID_ARRAY.read(rs, 1);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /**
     * The SQL {@link #browse} sends for a request, with {@code ?} for its bind values (benchmarks, logs), when the
     * parent look-ups ({@link #parentLookupsFor}) found {@code parentIds} parents each (an array of ids is bound
     * for up to 5,000).
     */
    public String sqlFor(PageRequest request, int parentIds) {
        return KeysetQuery.of(mapping, request, (sql, pattern) -> new long[parentIds]).sql;
    }

    /** The statements {@link #browse} runs before the page to find the parents matching text filters on joined columns; one {@code ?} each, for the pattern. */
    public List<String> parentLookupsFor(PageRequest request) {
        return KeysetQuery.parentLookups(mapping, request);
    }

    private static <T> Cursor cursorOf(ResultSet rs, KeysetQuery<T> query, int firstKey) throws SQLException {
        List<Object> values = new ArrayList<>();
        int sortKeys = query.keys.size() - 1;
        for (int i = 0; i < sortKeys; i++) {
            values.add(query.keys.get(i).column().type().read(rs, firstKey + i));
        }
        return Cursor.of(values, rs.getLong(firstKey + sortKeys));
    }

    private int bindWritable(PreparedStatement st, T row) throws SQLException {
        int index = 1;
        for (MappedColumn<T> c : writable) {
            c.type().bindObject(st, index++, c.getter().apply(row));
        }
        return index;
    }

    private RuntimeException lostUpdate(Transaction tx, long id) {
        if (find(tx, id).isEmpty()) {
            return notFound(id);
        }
        return new ConflictException(
                mapping.label + " " + id + " was changed by someone else: reload it and try again");
    }

    private NotFoundException notFound(long id) {
        return new NotFoundException(mapping.label + " " + id + " does not exist (any more)");
    }
}
