package uncloud.client.internal.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a Java value travels to and from one kind of column. {@code placeholder} is the bind marker with any
 * cast the column needs (e.g. {@code ?::cidr}).
 */
abstract class SqlType<V> {
    final Class<V> javaType;
    final String placeholder;

    SqlType(Class<V> javaType, String placeholder) {
        this.javaType = javaType;
        this.placeholder = placeholder;
    }

    /** Binds a value (possibly null). */
    abstract void bind(PreparedStatement st, int index, V value) throws SQLException;

    /** Reads a value (possibly null). */
    abstract V read(ResultSet rs, int index) throws SQLException;

    V read(ResultSet rs, String label) throws SQLException {
        return read(rs, rs.findColumn(label));
    }

    /** Accepts a filter or cursor value given as a loosely typed object; null when it does not fit. */
    V coerce(Object value) {
        if (javaType.isInstance(value)) {
            return javaType.cast(value);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    void bindObject(PreparedStatement st, int index, Object value) throws SQLException {
        bind(st, index, (V) value);
    }
}
