package uncloud.client.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;
import uncloud.client.db.Database;
import uncloud.client.db.DatabaseSettings;
import uncloud.client.internal.db.SchemaMigrator;

/**
 * A fresh, migrated PostgreSQL database for a test class. One embedded server runs per JVM; the schema is
 * migrated once into a template, and every {@link #create()} copies it ({@code CREATE DATABASE … TEMPLATE},
 * a few hundred milliseconds) so test classes never see each other's rows.
 *
 * <pre>{@code
 * static TestDatabase testDb;
 * @BeforeAll static void start() { testDb = TestDatabase.create(); }
 * @AfterAll static void stop() { testDb.close(); }
 * ... testDb.database().inTransaction("alice", tx -> ...)
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {
    public static final String USER = "postgres";
    private static final String TEMPLATE = "uncloud_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String name;
    private Database database;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** A new database with the current schema and no rows. */
    public static TestDatabase create() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        Server.execute("create database " + name + " template " + TEMPLATE);
        return new TestDatabase(name);
    }

    /** An empty database without any schema (for migration tests). */
    public static TestDatabase createEmpty() {
        String name = "empty_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        Server.execute("create database " + name);
        return new TestDatabase(name);
    }

    /** The embedded server shared by this JVM. */
    public static EmbeddedPostgres server() {
        return Server.INSTANCE;
    }

    /** This database, connected through the library (pool of 4, migrated); opened on first use. */
    public synchronized Database database() {
        if (database == null) {
            database = Database.connect(settings());
        }
        return database;
    }

    public DatabaseSettings settings() {
        return new DatabaseSettings(jdbcUrl(), USER, "", 4);
    }

    public String jdbcUrl() {
        return Server.INSTANCE.getJdbcUrl(USER, name);
    }

    public String name() {
        return name;
    }

    public int port() {
        return Server.INSTANCE.getPort();
    }

    /** A plain (unpooled) data source on this database, e.g. for a second independent connection. */
    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl());
        ds.setUser(USER);
        return ds;
    }

    /** Closes the pool and drops the database. */
    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
        Server.execute("drop database if exists " + name + " with (force)");
    }

    /** Lazily started once per JVM; stopped by zonky's shutdown hook. */
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
                try (Connection c = pg.getPostgresDatabase().getConnection();
                        Statement st = c.createStatement()) {
                    st.execute("create database " + TEMPLATE);
                }
                PGSimpleDataSource template = new PGSimpleDataSource();
                template.setUrl(pg.getJdbcUrl(USER, TEMPLATE));
                template.setUser(USER);
                SchemaMigrator.migrate(template);
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            } catch (SQLException e) {
                throw new IllegalStateException("could not prepare the template database", e);
            }
        }

        static void execute(String sql) {
            try (Connection c = INSTANCE.getPostgresDatabase().getConnection();
                    Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("could not run: " + sql, e);
            }
        }
    }
}
