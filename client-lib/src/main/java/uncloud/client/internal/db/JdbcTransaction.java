package uncloud.client.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import uncloud.client.db.Transaction;

/** A transaction on one pooled connection; the actor is set as a transaction-local setting. */
final class JdbcTransaction implements Transaction {
    private final Connection connection;
    private final String actorUid;

    JdbcTransaction(Connection connection, String actorUid) {
        this.connection = connection;
        this.actorUid = actorUid;
    }

    /** Makes the audit trigger attribute every row change of this transaction to the actor. */
    void announceActor() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select set_config('uncloud.actor', ?, true)")) {
            st.setString(1, actorUid);
            st.execute();
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public Optional<String> actorUid() {
        return Optional.ofNullable(actorUid);
    }

    @Override
    public void audit(String tableName, Long rowId, String action, String beforeJson, String afterJson) {
        if (actorUid == null) {
            throw new IllegalStateException("a read-only transaction cannot record audit events");
        }
        try (PreparedStatement st = connection.prepareStatement(
                "insert into audit_event (actor_uid, table_name, row_id, action, before, after)"
                        + " values (?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
            st.setString(1, actorUid);
            st.setString(2, tableName);
            if (rowId == null) {
                st.setNull(3, Types.BIGINT);
            } else {
                st.setLong(3, rowId);
            }
            st.setString(4, action);
            st.setString(5, beforeJson);
            st.setString(6, afterJson);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }
}
