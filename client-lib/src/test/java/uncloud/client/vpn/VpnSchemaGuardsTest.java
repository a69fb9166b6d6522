package uncloud.client.vpn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.ConflictException;
import uncloud.client.db.Database;
import uncloud.client.domain.CustomerNetwork;
import uncloud.client.domain.NewVpnPool;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardPool;
import uncloud.client.testing.TestDatabase;

/** What migration V20 makes the database itself refuse, whoever sends the SQL. */
class VpnSchemaGuardsTest {
    static TestDatabase testDb;
    static Database db;
    static WireGuardPool pool;
    static CustomerNetwork released;
    static long customer;
    static long order;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-01T08:00:00Z"));
        pool = new VpnPools(db, clock, Optional.of(VpnKeyEncryptionKey.generate()))
                .create("staff", new NewVpnPool(Prefix.parse("2001:db8::/48"), 64, "vpn.example.com", 51820));
        customer = VpnFixtures.customer(db, "dave");
        order = VpnFixtures.order(db, customer);
        VpnNetworks networks = new VpnNetworks(db, clock, Duration.ofDays(30));
        released = networks.reserve("staff", pool.id(), customer, order, Optional.empty())
                .network();
        networks.release("staff", released.id());
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    @Test
    void aNetworkInQuarantineStillCannotBeHandedOutTwice() {
        assertThatThrownBy(() -> VpnFixtures.insert(
                        db,
                        "insert into vpn_network (pool_id, network, customer_id, order_id, wireguard_public_key)"
                                + " values (?, '2001:db8::/64', ?, ?, ?) returning id",
                        pool.id(),
                        customer,
                        order,
                        released.customerPublicKey().base64()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("this network overlaps a network already handed out");
    }

    @Test
    void aFinishedHoldingInTheHistoryCannotBeRewritten() {
        assertThatThrownBy(() -> VpnFixtures.insert(
                        db,
                        "update vpn_network_history set customer_id = customer_id where vpn_network_id = ? returning id",
                        released.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("the history of VPN networks is a permanent record: a finished holding cannot change");
    }

    @Test
    void aQuarantineNeedsBothItsStartAndItsEnd() {
        assertThatThrownBy(() -> VpnFixtures.insert(
                        db, "update vpn_network set quarantined_until = null where id = ? returning id", released.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("vpn_network_quarantine_shape");
        assertThat(VpnFixtures.text(
                        db, "select count(*) from vpn_network_history where vpn_network_id = ?", released.id()))
                .isEqualTo("1");
    }
}
