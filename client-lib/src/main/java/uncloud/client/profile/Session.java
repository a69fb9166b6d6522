package uncloud.client.profile;

import java.util.Objects;
import uncloud.client.auth.Account;
import uncloud.client.auth.PasswordSource;
import uncloud.client.db.Database;
import uncloud.client.ssh.SshPrompts;

/**
 * A logged-in person on an opened profile: what the console holds from login to logout. Closing the
 * session closes its connection (tunnel, pool, demo servers).
 */
public final class Session implements AutoCloseable {
    private final Connection connection;
    private final Account account;

    Session(Connection connection, Account account) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.account = Objects.requireNonNull(account, "account");
    }

    /**
     * Opens the profile and logs in, reporting each step: tunnel, database, directory login, schema.
     * Nothing stays open when a step fails.
     */
    public static Session open(
            ConnectionProfile profile,
            String username,
            PasswordSource password,
            SshPrompts prompts,
            ConnectProgress progress) {
        Connection connection = Connection.open(profile, prompts, progress);
        try {
            return connection.login(username, password);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    public Account account() {
        return account;
    }

    public Database database() {
        return connection.database();
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        connection.close();
    }
}
