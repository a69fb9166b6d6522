package uncloud.client.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * A person the directory vouched for.
 *
 * @param uid the login name, unique in the directory and in the customer table
 * @param dn the directory entry the password was checked against
 * @param displayName from {@code cn}, or the uid when the entry has none
 * @param email from {@code mail}, when the entry has one
 * @param role staff when the entry is a member of the profile's staff group
 */
public record LdapUser(String uid, String dn, String displayName, Optional<String> email, Role role) {
    public LdapUser {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(dn, "dn");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }
}
