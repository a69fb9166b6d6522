package uncloud.client.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import uncloud.client.db.Database;

/** Customers, addresses and products written straight into a test database. */
final class BillingFixtures {
    private BillingFixtures() {}

    static long customer(Database db, String uid, String country) {
        return db.inTransaction("fixture", tx -> {
            Connection c = tx.connection();
            long id;
            try (PreparedStatement st =
                    c.prepareStatement("insert into customer (ldap_uid, name) values (?, ?) returning id")) {
                st.setString(1, uid);
                st.setString(2, uid.toUpperCase());
                id = single(st);
            }
            if (country != null) {
                try (PreparedStatement st = c.prepareStatement("insert into billing_address (customer_id, full_name,"
                        + " street, postal_code, city, country) values (?, ?, 'Bahnhofstrasse 1', '8001', 'Zürich', ?)"
                        + " returning id")) {
                    st.setLong(1, id);
                    st.setString(2, uid.toUpperCase());
                    st.setString(3, country);
                    single(st);
                }
            }
            return id;
        });
    }

    static long product(Database db, String name, String oneTime, String recurring, String period) {
        return db.inTransaction("fixture", tx -> {
            try (PreparedStatement st = tx.connection()
                    .prepareStatement("insert into product (name, kind,"
                            + " one_time_price, recurring_price, recurring_period) values (?, 'vm', ?::numeric, ?::numeric, ?)"
                            + " returning id")) {
                st.setString(1, name);
                st.setString(2, oneTime);
                st.setString(3, recurring);
                st.setString(4, period);
                return single(st);
            }
        });
    }

    static long count(Database db, String sql) {
        return db.read(tx -> {
            try (PreparedStatement st = tx.connection().prepareStatement(sql)) {
                return single(st);
            }
        });
    }

    private static long single(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
