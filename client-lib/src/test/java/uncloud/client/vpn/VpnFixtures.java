package uncloud.client.vpn;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import uncloud.client.db.Database;

/** Customers and orders for VPN tests, inserted the way the orders screen would. */
final class VpnFixtures {
    private VpnFixtures() {}

    static long customer(Database db, String uid) {
        return insert(db, "insert into customer (ldap_uid, name) values (?, ?) returning id", uid, uid + " Example");
    }

    static long order(Database db, long customerId) {
        return insert(
                db,
                "insert into orders (customer_id, description, one_time_price, recurring_price, recurring_period,"
                        + " starts_at) values (?, 'VPN /48', 0.00, 10.00, 'PER_MONTH', now()) returning id",
                customerId);
    }

    static long insert(Database db, String sql, Object... args) {
        return db.inTransaction("fixture", tx -> {
            try (PreparedStatement statement = tx.connection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    static String text(Database db, String sql, Object... args) {
        return db.read(tx -> {
            try (PreparedStatement statement = tx.connection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }
}
