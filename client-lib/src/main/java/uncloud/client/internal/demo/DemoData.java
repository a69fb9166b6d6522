package uncloud.client.internal.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import uncloud.client.db.Database;
import uncloud.client.sample.SampleData;

/**
 * Fills a fresh demo database: the data layer's sample provider (products, hosts, VPN pool, a few hundred
 * customers with orders and VMs), plus the demo directory's named accounts, staff marked as staff.
 */
public final class DemoData {
    private DemoData() {}

    /** Loads everything and returns every customer, for the directory to hold an account each. */
    public static List<DemoDirectory.Person> load(Database database) {
        SampleData.populate(database);
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
        return database.read(tx -> {
            List<DemoDirectory.Person> customers = new ArrayList<>();
            try (Statement statement = tx.connection().createStatement();
                    ResultSet rows = statement.executeQuery(
                            "select ldap_uid, name, coalesce(email, ''), is_staff from customer order by id")) {
                while (rows.next()) {
                    customers.add(new DemoDirectory.Person(
                            rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4)));
                }
            }
            return customers;
        });
    }
}
