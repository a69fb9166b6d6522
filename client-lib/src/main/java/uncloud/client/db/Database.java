package uncloud.client.db;

import javax.sql.DataSource;
import uncloud.client.internal.db.PooledDatabase;

/**
 * The console's one way into PostgreSQL: a connection pool, the schema migrated on connect, and work run
 * in transactions whose failures arrive as {@link uncloud.client.UncloudException}s with messages for
 * people ({@link uncloud.client.ConflictException} for rules the data refuses,
 * {@link uncloud.client.ConnectionException} when the server cannot be reached). Thread-safe.
 */
public interface Database extends AutoCloseable {

    /**
     * Connects, migrates the schema to this client's version and returns the open database.
     *
     * @throws uncloud.client.SchemaTooNewException when a newer console has already migrated the database
     * @throws uncloud.client.ConnectionException when the server cannot be reached
     */
    static Database connect(DatabaseSettings settings) {
        return PooledDatabase.connect(settings);
    }

    static Database connect(String jdbcUrl, String user, String password) {
        return connect(new DatabaseSettings(jdbcUrl, user, password));
    }

    /** Uses a data source the caller owns (and closes); migrates on open like {@link #connect}. */
    static Database open(DataSource dataSource) {
        return PooledDatabase.open(dataSource);
    }

    /**
     * Runs work in one read-write transaction: committed when it returns, rolled back when it throws. Row
     * changes are audited as made by {@code actorUid}.
     */
    <T> T inTransaction(String actorUid, TransactionWork<T> work);

    /** {@link #inTransaction} for work without a result. */
    default void runInTransaction(String actorUid, TransactionAction work) {
        inTransaction(actorUid, tx -> {
            work.run(tx);
            return null;
        });
    }

    /** Runs work in one read-only transaction (browsing, reports). */
    <T> T read(TransactionWork<T> work);

    /**
     * One page of a repository in a single round trip: the page's one SELECT runs without an explicit
     * transaction (autocommit), which saves the COMMIT round trip {@link #read} needs. Use this for
     * browsing; use {@link #read} when several reads must see one snapshot. (This default runs in
     * {@link #read}; the pooled database overrides it with the single round trip.)
     */
    default <T> Page<T> browse(ReadRepository<T> repository, PageRequest request) {
        return read(tx -> repository.browse(tx, request));
    }

    /**
     * The change feed of this database, started on first use with its own connection (not taken from the
     * pool when the database made the pool).
     */
    ChangeFeed changeFeed();

    /** The schema version this database is at, e.g. {@code "1"}. */
    String schemaVersion();

    /** The underlying data source, for tools that need plain connections (bulk loads, the change feed). */
    DataSource dataSource();

    /** Closes the pool (when this database made it). */
    @Override
    void close();

    /** Work without a result. */
    @FunctionalInterface
    interface TransactionAction {
        void run(Transaction tx) throws java.sql.SQLException;
    }
}
