package uncloud.client.auth;

import java.util.Objects;

/**
 * A person logged in: who the directory says they are and their row in the customer table.
 *
 * @param customerId the customer row, created at the first login
 * @param user what the directory says
 * @param role staff when the directory's staff group or the customer row ({@code bootstrap-user}) says so
 * @param firstLogin whether this login created the customer row
 */
public record Account(long customerId, LdapUser user, Role role, boolean firstLogin) {
    public Account {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }

    public String uid() {
        return user.uid();
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }
}
