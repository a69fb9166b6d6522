package uncloud.client.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import uncloud.client.ConnectionException;
import uncloud.client.ValidationException;
import uncloud.client.db.ChangeFeed;
import uncloud.client.db.Database;
import uncloud.client.db.DatabaseSettings;
import uncloud.client.db.Page;
import uncloud.client.db.PageRequest;
import uncloud.client.db.ReadRepository;
import uncloud.client.db.TransactionWork;

/** {@link Database} over a HikariCP pool (or a data source the caller owns). */
public final class PooledDatabase implements Database {
    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final String schemaVersion;
    private final ListeningChangeFeed.ConnectionSource feedConnections;
    private ListeningChangeFeed changeFeed;

    private PooledDatabase(
            DataSource dataSource, HikariDataSource ownedPool, ListeningChangeFeed.ConnectionSource feedConnections) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.feedConnections = feedConnections;
        try {
            this.schemaVersion = SchemaMigrator.migrate(dataSource);
        } catch (RuntimeException e) {
            if (ownedPool != null) {
                ownedPool.close();
            }
            throw e;
        }
    }

    public static Database connect(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setPoolName("uncloud-db");
        config.addDataSourceProperty("ApplicationName", "uncloud-console");
        // browse queries' best plans depend on their values (how selective a name filter is, where the
        // cursor sits): plan each execution like psql does instead of settling on one generic plan
        config.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof SQLException) {
                RuntimeException translated = SqlErrors.translate((SQLException) cause);
                if (translated instanceof ConnectionException) {
                    throw translated;
                }
            }
            throw new ConnectionException(
                    "cannot reach the database at " + settings.jdbcUrl() + ": " + cause.getMessage(), e);
        }
        return new PooledDatabase(pool, pool, () -> dedicatedConnection(settings));
    }

    public static Database open(DataSource dataSource) {
        return new PooledDatabase(Objects.requireNonNull(dataSource, "dataSource"), null, dataSource::getConnection);
    }

    @Override
    public <T> T inTransaction(String actorUid, TransactionWork<T> work) {
        if (actorUid == null || actorUid.isBlank()) {
            throw new ValidationException("actorUid", "a change needs the LDAP uid of the person making it");
        }
        return run(actorUid, false, work);
    }

    @Override
    public <T> T read(TransactionWork<T> work) {
        return run(null, true, work);
    }

    @Override
    public <T> Page<T> browse(ReadRepository<T> repository, PageRequest request) {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(request, "request");
        try (Connection connection = dataSource.getConnection()) {
            // a single SELECT is its own snapshot; autocommit spares the COMMIT round trip
            return repository.browse(new JdbcTransaction(connection, null), request);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private <T> T run(String actorUid, boolean readOnly, TransactionWork<T> work) {
        Objects.requireNonNull(work, "work");
        // the pool resets auto-commit and read-only when the connection comes back
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(readOnly);
            try {
                JdbcTransaction tx = new JdbcTransaction(connection, actorUid);
                if (actorUid != null) {
                    tx.announceActor();
                }
                T result = work.run(tx);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** A connection outside the pool, so the change feed never takes a slot staff work needs. */
    private static Connection dedicatedConnection(DatabaseSettings settings) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("ApplicationName", "uncloud-change-feed");
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(settings.jdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + settings.jdbcUrl());
        }
        return connection;
    }

    @Override
    public synchronized ChangeFeed changeFeed() {
        if (changeFeed == null) {
            changeFeed = new ListeningChangeFeed(feedConnections);
        }
        return changeFeed;
    }

    @Override
    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (changeFeed != null) {
                changeFeed.close();
                changeFeed = null;
            }
        }
        if (ownedPool != null) {
            ownedPool.close();
        }
    }
}
