package uncloud.client.internal.db;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Builds a domain record from the current row of a result set (read by column label). */
@FunctionalInterface
interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
}
