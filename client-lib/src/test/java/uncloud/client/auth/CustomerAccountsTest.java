package uncloud.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.NotFoundException;
import uncloud.client.testing.TestDatabase;

class CustomerAccountsTest {
    private static TestDatabase testDb;
    private static CustomerAccounts accounts;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        accounts = new CustomerAccounts(testDb.database());
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    @Test
    void theFirstLoginCreatesTheCustomerRowAndLaterLoginsFindIt() {
        LdapUser carol = customer("carol", "Carol Customer", "carol@example.org");

        Account first = accounts.recordLogin(carol);
        Account second = accounts.recordLogin(carol);

        assertThat(first.firstLogin()).isTrue();
        assertThat(second).isEqualTo(new Account(first.customerId(), carol, Role.CUSTOMER, false));
        assertThat(rows("select ldap_uid || '|' || name || '|' || email || '|' || is_staff from customer"
                        + " where ldap_uid = 'carol'"))
                .containsExactly("carol|Carol Customer|carol@example.org|false");
    }

    @Test
    void everyLoginIsAudited() {
        accounts.recordLogin(customer("dave", "Dave", "dave@example.org"));
        accounts.recordLogin(customer("dave", "Dave", "dave@example.org"));

        assertThat(rows("select action from audit_event where actor_uid = 'dave' and table_name = 'customer'"
                        + " and action = 'login'"))
                .hasSize(2);
    }

    @Test
    void aChangedNameInTheDirectoryIsCopiedAtTheNextLogin() {
        accounts.recordLogin(customer("erin", "Erin", "erin@example.net"));
        accounts.recordLogin(customer("erin", "Erin Engineer", "erin@example.net"));

        assertThat(rows("select name from customer where ldap_uid = 'erin'")).containsExactly("Erin Engineer");
    }

    @Test
    void bootstrapMarksALoggedInUserStaffAndTheirNextLoginIsStaff() {
        LdapUser frank = customer("frank", "Frank", "frank@example.org");
        accounts.recordLogin(frank);

        assertThat(accounts.markStaff("bootstrap", "frank")).isTrue();
        assertThat(accounts.markStaff("bootstrap", "frank")).isFalse();
        assertThat(accounts.recordLogin(frank).role()).isEqualTo(Role.STAFF);
    }

    @Test
    void bootstrapOfSomeoneWhoNeverLoggedInSaysSo() {
        NotFoundException refused =
                assertThrows(NotFoundException.class, () -> accounts.markStaff("bootstrap", "ghost"));

        assertThat(refused.getMessage()).startsWith("User 'ghost' has never logged in");
    }

    private static LdapUser customer(String uid, String name, String mail) {
        return new LdapUser(uid, "uid=" + uid + ",ou=people,dc=test", name, Optional.of(mail), Role.CUSTOMER);
    }

    private static List<String> rows(String sql) {
        return testDb.database().read(tx -> {
            List<String> values = new java.util.ArrayList<>();
            try (var statement = tx.connection().createStatement();
                    var result = statement.executeQuery(sql)) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        });
    }
}
