package uncloud.client.profile;

import java.util.Objects;
import java.util.Optional;
import uncloud.client.ValidationException;

/**
 * The PostgreSQL database, as seen from the database host (through the tunnel) or directly.
 *
 * @param host usually the database host's loopback, {@code 127.0.0.1}
 * @param passwordEntry a password-store entry ({@code pass show ENTRY}) for the database password;
 *     empty when the server trusts the connection (e.g. loopback trust through the tunnel)
 */
public record DatabaseProfile(String host, int port, String name, String user, Optional<String> passwordEntry) {
    public DatabaseProfile {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordEntry, "passwordEntry");
        if (port < 1 || port > 65535) {
            throw new ValidationException("database.port", "Database port " + port + " is outside 1-65535.");
        }
        if (name.isBlank() || user.isBlank()) {
            throw new ValidationException("database.name", "The profile needs a database name and user.");
        }
    }
}
