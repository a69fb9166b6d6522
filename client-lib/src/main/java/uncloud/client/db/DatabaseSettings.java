package uncloud.client.db;

import java.util.Objects;

/**
 * How to reach PostgreSQL. The password is kept only in memory and never appears in {@link #toString()}.
 *
 * @param jdbcUrl e.g. {@code jdbc:postgresql://localhost:5432/uncloud}
 * @param maximumPoolSize connections kept open for this console (2–4 suits a desktop console)
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maximumPoolSize) {
    public static final int DEFAULT_POOL_SIZE = 4;

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db): " + jdbcUrl);
        }
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("maximumPoolSize must be at least 1, not " + maximumPoolSize);
        }
    }

    public DatabaseSettings(String jdbcUrl, String user, String password) {
        this(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", maximumPoolSize=" + maximumPoolSize + "]";
    }
}
