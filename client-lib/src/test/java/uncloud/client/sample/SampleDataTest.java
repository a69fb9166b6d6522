package uncloud.client.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.testing.TestDatabase;

class SampleDataTest {
    static TestDatabase first;
    static SampleData.Summary summary;

    @BeforeAll
    static void start() {
        first = TestDatabase.create();
        summary = SampleData.populate(first.database(), 42, 300);
    }

    @AfterAll
    static void stop() {
        first.close();
    }

    static List<String> rows(Database db, String sql) {
        return db.read(tx -> {
            List<String> rows = new ArrayList<>();
            try (Statement st = tx.connection().createStatement();
                    ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        });
    }

    static final String ORDERS_AS_TEXT =
            "select concat_ws('|', id, customer_id, product_id, description, one_time_price,"
                    + " recurring_price, recurring_period, starts_at, ends_at, replaces_id) from orders order by id";

    @Test
    void theSameSeedGivesTheSameProvider() {
        try (TestDatabase second = TestDatabase.create()) {
            SampleData.Summary again = SampleData.populate(second.database(), 42, 300);

            assertThat(again).isEqualTo(summary);
            assertThat(rows(second.database(), ORDERS_AS_TEXT)).isEqualTo(rows(first.database(), ORDERS_AS_TEXT));
            assertThat(rows(second.database(), "select ldap_uid || name || email from customer order by id"))
                    .isEqualTo(rows(first.database(), "select ldap_uid || name || email from customer order by id"));
        }
    }

    @Test
    void theProviderLooksRealistic() {
        Database db = first.database();

        assertThat(summary.customers()).isEqualTo(300);
        assertThat(summary.orders()).isGreaterThan(450);
        assertThat(summary.replacements()).isGreaterThan(10);
        assertThat(summary.endedOrders()).isGreaterThan(10);
        assertThat(summary.vpnNetworks()).isGreaterThan(50);
        assertThat(summary.vms()).isGreaterThan(50);
        assertThat(rows(db, "select distinct kind from product order by kind"))
                .containsExactly("disk", "generic", "vm", "vpn");
        assertThat(rows(db, "select distinct country from billing_address where active order by country"))
                .contains("AT", "CH", "DE", "FR");
        assertThat(rows(db, "select count(*) from billing_address where active"))
                .containsExactly("300");
        assertThat(
                        rows(
                                db,
                                "select count(*) from vpn_network n join vpn_pool p on p.id = n.pool_id"
                                        + " where n.network <<= p.network and p.network = '2a0a:e5c1:200::/40' and masklen(n.network) = 48"))
                .containsExactly(String.valueOf(summary.vpnNetworks()));
        assertThat(rows(
                        db,
                        "select count(*) from vm_interface where mac = ('02:00:' || regexp_replace(lpad(to_hex(id), 8,"
                                + " '0'), '(..)(..)(..)(..)', '\\1:\\2:\\3:\\4'))::macaddr"))
                .containsExactly(String.valueOf(summary.vms()));
    }

    @Test
    void replacementChainsEndTheOldOrderOneSecondBeforeTheNewStarts() {
        List<String> broken = rows(
                first.database(),
                "select n.id from orders n join orders o on o.id = n.replaces_id"
                        + " where o.ends_at <> n.starts_at - interval '1 second' or o.customer_id <> n.customer_id");
        List<String> chains = rows(
                first.database(),
                "select n.id from orders n join orders o on o.id = n.replaces_id where o.replaces_id is not null");

        assertThat(broken).isEmpty();
        assertThat(chains).isNotEmpty();
    }

    @Test
    void aDatabaseWithDataIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> SampleData.populate(first.database()));

        assertThat(e.getMessage()).startsWith("the database already holds products or customers");
    }
}
