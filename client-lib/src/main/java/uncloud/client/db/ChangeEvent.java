package uncloud.client.db;

import java.util.Objects;

/**
 * A row changed in the database (from {@code NOTIFY uncloud_changes}). {@link Operation#RELOAD} means events
 * may have been missed (the feed reconnected, or a bulk load ran): reload {@code table}, or everything
 * when {@code table} is {@code "*"}.
 */
public record ChangeEvent(String table, Long id, Operation operation) {
    public static final String ALL_TABLES = "*";

    public enum Operation {
        INSERT,
        UPDATE,
        DELETE,
        RELOAD
    }

    public ChangeEvent {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(operation, "operation");
    }

    /** Whether a view of {@code tableName} should react to this event. */
    public boolean concerns(String tableName) {
        return table.equals(tableName) || table.equals(ALL_TABLES);
    }
}
