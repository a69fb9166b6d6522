package uncloud.client.db;

import java.sql.SQLException;

/**
 * Work done inside one database transaction. It may throw {@link SQLException}: the {@link Database} rolls
 * back and translates it into the library's exception family.
 */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(Transaction tx) throws SQLException;
}
