package uncloud.client.auth;

import java.util.Objects;
import uncloud.client.NotFoundException;
import uncloud.client.db.Database;
import uncloud.client.internal.auth.CustomerRows;

/**
 * The customer rows behind logins: created at the first successful login, kept in step with the
 * directory's name and e-mail, and marked staff by {@code uncloud bootstrap-user}. Thread-safe.
 */
public final class CustomerAccounts {
    private final Database database;

    public CustomerAccounts(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Records a successful login in one transaction: the customer row (created if new) and an audit event. */
    public Account recordLogin(LdapUser user) {
        return database.inTransaction(user.uid(), tx -> {
            CustomerRows.Row row = CustomerRows.upsert(tx.connection(), user);
            tx.audit("customer", row.id(), "login", null, null);
            Role role = user.isStaff() || row.staff() ? Role.STAFF : Role.CUSTOMER;
            return new Account(row.id(), user, role, row.created());
        });
    }

    /**
     * Marks a user as staff.
     *
     * @return false when they already were
     * @throws NotFoundException when the user never logged in (there is no customer row to mark)
     */
    public boolean markStaff(String actorUid, String uid) {
        return database.inTransaction(
                actorUid,
                tx -> CustomerRows.markStaff(tx.connection(), uid)
                        .orElseThrow(
                                () -> new NotFoundException(
                                        "User '" + uid + "' has never logged in: ask them to log in"
                                                + " to the console once (that creates their account), then run bootstrap-user again.")));
    }
}
