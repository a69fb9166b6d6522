package uncloud.client.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uncloud.client.auth.PasswordSource;
import uncloud.client.auth.Role;
import uncloud.client.ssh.SshPrompts;

/** The offline demo: one call starts everything the console needs. */
class DemoProfileTest {
    @Test
    void theDemoProfileStartsTheSampleProviderAndADirectoryWhereStaffAndEveryCustomerLogIn() {
        SessionTest.RecordingProgress progress = new SessionTest.RecordingProgress();

        try (Session session = Session.open(
                ConnectionProfile.demoProfile(),
                "alice",
                PasswordSource.typed("demo".toCharArray()),
                SshPrompts.refuseAll(),
                progress)) {
            assertThat(session.account().role()).isEqualTo(Role.STAFF);
            assertThat(session.account().firstLogin())
                    .as("the demo data holds every demo account")
                    .isFalse();
            assertThat(uids(session, "select ldap_uid from customer where is_staff"))
                    .contains("alice", "sam");
            List<String> customers = uids(session, "select ldap_uid from customer where not is_staff order by id");
            assertThat(customers).as("the sample data's customers").hasSizeGreaterThanOrEqualTo(300);

            String sampleCustomer = customers.get(42);
            Session customer = session.connection().login(sampleCustomer, PasswordSource.typed("demo".toCharArray()));
            assertThat(customer.account().uid()).isEqualTo(sampleCustomer);
            assertThat(customer.account().role()).isEqualTo(Role.CUSTOMER);
            assertThat(customer.account().firstLogin()).isFalse();
        }
        assertThat(progress.events)
                .containsExactly(
                        "finished TUNNEL",
                        "started DATABASE",
                        "finished DATABASE",
                        "started LDAP",
                        "finished LDAP",
                        "started SCHEMA",
                        "finished SCHEMA",
                        "started LDAP",
                        "finished LDAP");
    }

    private static List<String> uids(Session session, String sql) {
        return session.database().read(tx -> {
            List<String> uids = new ArrayList<>();
            try (Statement statement = tx.connection().createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    uids.add(rows.getString(1));
                }
            }
            return uids;
        });
    }
}
