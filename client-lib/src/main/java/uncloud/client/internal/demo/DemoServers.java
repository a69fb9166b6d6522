package uncloud.client.internal.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import uncloud.client.UncloudException;
import uncloud.client.db.Database;
import uncloud.client.db.DatabaseSettings;

/**
 * The demo profile's servers, both on loopback: an embedded PostgreSQL with the sample provider, and the
 * in-memory directory with an account (password {@code demo}) for every customer in it.
 */
public final class DemoServers implements AutoCloseable {
    private static final String DATABASE = "uncloud";
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final InMemoryDirectoryServer directory;
    private final Database database;

    private DemoServers(EmbeddedPostgres postgres, InMemoryDirectoryServer directory, Database database) {
        this.postgres = postgres;
        this.directory = directory;
        this.database = database;
    }

    public static DemoServers start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncloudException("Cannot start the demo's embedded PostgreSQL: " + e.getMessage(), e);
        }
        InMemoryDirectoryServer directory = null;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
            directory = DemoDirectory.startOnLoopback();
            Database database = Database.connect(new DatabaseSettings(
                    "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE, USER, ""));
            DemoDirectory.addAccounts(directory, DemoData.load(database));
            return new DemoServers(postgres, directory, database);
        } catch (SQLException | RuntimeException e) {
            if (directory != null) {
                directory.shutDown(true);
            }
            closeQuietly(postgres);
            throw new UncloudException("Cannot prepare the demo database: " + e.getMessage(), e);
        }
    }

    /** The demo database: migrated and filled with the sample data. */
    public Database database() {
        return database;
    }

    public int directoryPort() {
        return directory.getListenPort();
    }

    @Override
    public void close() {
        database.close();
        directory.shutDown(true);
        closeQuietly(postgres);
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the temporary data folder is left behind; nothing else to do
        }
    }
}
