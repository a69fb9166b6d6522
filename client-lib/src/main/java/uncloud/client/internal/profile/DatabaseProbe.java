package uncloud.client.internal.profile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import uncloud.client.AuthenticationException;
import uncloud.client.ConnectionException;
import uncloud.client.ValidationException;
import uncloud.client.db.DatabaseSettings;

/** Checks that the database answers and accepts the profile's user, and says precisely why not. */
public final class DatabaseProbe {
    private DatabaseProbe() {}

    /**
     * @param where how the database is reached, for messages: e.g. {@code db.example.net:5432 through
     *     the SSH tunnel to db.example.net}
     */
    public static void check(DatabaseSettings settings, String where) {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password() == null ? "" : settings.password());
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "30");
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties)) {
            connection.isValid(10);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("28")) {
                throw new AuthenticationException(
                        "The database at " + where + " refused user '" + settings.user() + "': " + e.getMessage()
                                + ". Check database.user and database.passwordEntry in the profile.",
                        e);
            }
            if (state.equals("3D000")) {
                throw new ValidationException(
                        "database.name", "The database at " + where + " has no such database: " + e.getMessage());
            }
            throw new ConnectionException("The database at " + where + " does not answer: " + e.getMessage(), e);
        }
    }
}
