package uncloud.client.internal.demo;

import java.sql.PreparedStatement;
import uncloud.client.db.Database;

/**
 * Fills a fresh demo database: the demo directory's people as customers, staff marked as staff, so the
 * console shows them before anyone logs in.
 */
public final class DemoData {
    private DemoData() {}

    public static void load(Database database) {
        database.runInTransaction("demo", tx -> {
            try (PreparedStatement insert = tx.connection()
                    .prepareStatement("insert into customer (ldap_uid, name, email, is_staff) values (?, ?, ?, ?)"
                            + " on conflict (ldap_uid) do nothing")) {
                for (DemoDirectory.Person person : DemoDirectory.people()) {
                    insert.setString(1, person.uid());
                    insert.setString(2, person.name());
                    insert.setString(3, person.email());
                    insert.setBoolean(4, person.staff());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
