package uncloud.client.internal.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import uncloud.client.UncloudException;

/** The demo profile's servers: an embedded PostgreSQL and the in-memory demo directory, both on loopback. */
public final class DemoServers implements AutoCloseable {
    public static final String DATABASE = "uncloud";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final InMemoryDirectoryServer directory;

    private DemoServers(EmbeddedPostgres postgres, InMemoryDirectoryServer directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    public static DemoServers start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncloudException("Cannot start the demo's embedded PostgreSQL: " + e.getMessage(), e);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
            return new DemoServers(postgres, DemoDirectory.startOnLoopback());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(postgres);
            throw new UncloudException("Cannot prepare the demo database: " + e.getMessage(), e);
        }
    }

    public int databasePort() {
        return postgres.getPort();
    }

    public int directoryPort() {
        return directory.getListenPort();
    }

    @Override
    public void close() {
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
