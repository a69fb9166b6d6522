package uncloud.client.internal.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import uncloud.client.auth.LdapUser;

/** SQL for the customer rows that logins create. */
public final class CustomerRows {
    /** The schema's check on customer.email; a directory value it would refuse is not copied. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    public record Row(long id, boolean staff, boolean created) {}

    private CustomerRows() {}

    public static Row upsert(Connection connection, LdapUser user) throws SQLException {
        String email =
                user.email().filter(mail -> EMAIL.matcher(mail).matches()).orElse(null);
        // two consoles logging the same person in at once: one inserts, the other finds the row
        try (PreparedStatement insert =
                connection.prepareStatement("insert into customer (ldap_uid, name, email) values (?, ?, ?)"
                        + " on conflict (ldap_uid) do nothing returning id, is_staff")) {
            insert.setString(1, user.uid());
            insert.setString(2, user.displayName());
            insert.setString(3, email);
            try (ResultSet rows = insert.executeQuery()) {
                if (rows.next()) {
                    return new Row(rows.getLong(1), rows.getBoolean(2), true);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update customer set name = ?, email = ?"
                + " where ldap_uid = ? and (name, email) is distinct from (?, ?)")) {
            update.setString(1, user.displayName());
            update.setString(2, email);
            update.setString(3, user.uid());
            update.setString(4, user.displayName());
            update.setString(5, email);
            update.executeUpdate();
        }
        try (PreparedStatement select =
                connection.prepareStatement("select id, is_staff from customer where ldap_uid = ?")) {
            select.setString(1, user.uid());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new Row(rows.getLong(1), rows.getBoolean(2), false);
            }
        }
    }

    /** Empty when there is no such customer; otherwise whether the flag changed. */
    public static Optional<Boolean> markStaff(Connection connection, String uid) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select is_staff from customer where ldap_uid = ? for update")) {
            select.setString(1, uid);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                if (rows.getBoolean(1)) {
                    return Optional.of(false);
                }
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("update customer set is_staff = true where ldap_uid = ?")) {
            update.setString(1, uid);
            update.executeUpdate();
            return Optional.of(true);
        }
    }
}
