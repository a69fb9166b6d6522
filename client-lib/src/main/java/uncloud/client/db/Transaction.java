package uncloud.client.db;

import java.sql.Connection;
import java.util.Optional;

/**
 * One open database transaction, handed to the work passed to {@link Database#inTransaction}. Valid only
 * while that work runs and only on its thread.
 *
 * <p>Every row change made through it (repositories or plain SQL on {@link #connection()}) writes an
 * {@code audit_event} attributed to {@link #actorUid()} in this same transaction; {@link #audit} adds an
 * event for actions that are more than a row change (finalising a bill, a login).
 */
public interface Transaction {
    /** The JDBC connection of this transaction, for SQL the repositories do not cover. Never commit or close it. */
    Connection connection();

    /** The LDAP uid changes are attributed to; empty in a read-only transaction. */
    Optional<String> actorUid();

    /**
     * Records an audit event in this transaction.
     *
     * @param action lower case word(s) joined by underscores, e.g. {@code finalize}
     * @param beforeJson JSON of the state before, or null
     * @param afterJson JSON of the state after, or null
     */
    void audit(String tableName, Long rowId, String action, String beforeJson, String afterJson);
}
