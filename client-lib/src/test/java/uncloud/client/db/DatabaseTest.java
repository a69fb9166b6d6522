package uncloud.client.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.ConnectionException;
import uncloud.client.SchemaTooNewException;
import uncloud.client.ValidationException;
import uncloud.client.testing.TestDatabase;

class DatabaseTest {
    static TestDatabase testDb;
    static Database db;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    static List<String> auditedActions(String ldapUid) {
        return db.read(tx -> {
            try (PreparedStatement st = tx.connection()
                    .prepareStatement("select a.actor_uid || ' ' || a.action || ' ' || a.table_name from audit_event a"
                            + " where a.after ->> 'ldap_uid' = ? or a.before ->> 'ldap_uid' = ? order by a.id")) {
                st.setString(1, ldapUid);
                st.setString(2, ldapUid);
                try (ResultSet rs = st.executeQuery()) {
                    List<String> rows = new java.util.ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                    return rows;
                }
            }
        });
    }

    static void addCustomer(Transaction tx, String uid) throws SQLException {
        try (PreparedStatement st =
                tx.connection().prepareStatement("insert into customer (ldap_uid, name) values (?, 'Someone')")) {
            st.setString(1, uid);
            st.executeUpdate();
        }
    }

    @Test
    void aChangeWritesItsAuditEventAttributedToTheActorInTheSameTransaction() {
        db.runInTransaction("carol", tx -> {
            addCustomer(tx, "dave");
            try (Statement st = tx.connection().createStatement()) {
                st.executeUpdate("update customer set is_staff = true where ldap_uid = 'dave'");
            }
        });

        assertThat(auditedActions("dave")).containsExactly("carol insert customer", "carol update customer");
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEvent() {
        assertThrows(
                IllegalStateException.class,
                () -> db.runInTransaction("carol", tx -> {
                    addCustomer(tx, "erin");
                    throw new IllegalStateException("changed my mind");
                }));

        assertThat(auditedActions("erin")).isEmpty();
        Integer remaining = db.read(tx -> {
            try (Statement st = tx.connection().createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from customer where ldap_uid = 'erin'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(remaining).isZero();
    }

    @Test
    void anExplicitAuditEventIsPartOfTheTransaction() {
        db.runInTransaction("carol", tx -> {
            addCustomer(tx, "frank");
            tx.audit("customer", null, "login", null, "{\"ldap_uid\": \"frank\"}");
        });

        assertThat(auditedActions("frank")).containsExactly("carol insert customer", "carol login customer");
    }

    @Test
    void aChangeWithoutAnActorIsRefused() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> db.runInTransaction(" ", tx -> addCustomer(tx, "gina")));

        assertThat(e.field()).contains("actorUid");
    }

    @Test
    void aReadOnlyTransactionCannotWrite() {
        assertThrows(
                uncloud.client.UncloudException.class,
                () -> db.read(tx -> {
                    addCustomer(tx, "hank");
                    return null;
                }));
    }

    @Test
    void aDatabaseMigratedByANewerConsoleIsRefusedWithAClearMessage() throws SQLException {
        try (TestDatabase newer = TestDatabase.create()) {
            try (var c = newer.dataSource().getConnection();
                    Statement st = c.createStatement()) {
                st.execute("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                        + " checksum, installed_by, execution_time, success) values (1000, '99', 'from the future',"
                        + " 'SQL', 'V99__future.sql', 0, 'postgres', 1, true)");
            }

            SchemaTooNewException e = assertThrows(SchemaTooNewException.class, newer::database);

            assertThat(e.databaseVersion()).isEqualTo("99");
            assertThat(e.getMessage()).startsWith("the database schema is at version 99, newer than this console");
        }
    }

    @Test
    void anEmptyDatabaseIsMigratedOnConnect() {
        try (TestDatabase empty = TestDatabase.createEmpty()) {
            assertThat(empty.database().schemaVersion()).isEqualTo(db.schemaVersion());
        }
    }

    @Test
    void anUnreachableServerIsAConnectionException() {
        ConnectionException e = assertThrows(
                ConnectionException.class,
                () -> Database.connect(new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/none", "x", "y", 1)));

        assertThat(e.getMessage()).contains("database");
    }
}
