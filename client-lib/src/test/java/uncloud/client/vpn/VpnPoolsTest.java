package uncloud.client.vpn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.ConflictException;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.domain.CustomerNetwork;
import uncloud.client.domain.NewVpnPool;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardPool;
import uncloud.client.domain.WireGuardPrivateKey;
import uncloud.client.testing.TestDatabase;

class VpnPoolsTest {
    static TestDatabase testDb;
    static Database db;
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T08:00:00Z"));
    static final VpnKeyEncryptionKey kek = VpnKeyEncryptionKey.generate();
    static VpnPools pools;
    static VpnNetworks networks;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        pools = new VpnPools(db, clock, Optional.of(kek));
        networks = new VpnNetworks(db, clock, Duration.ofDays(30));
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    @Test
    void theProviderManualsExamplePoolIsCreatedAsGiven() {
        WireGuardPool pool = pools.create(
                "staff", new NewVpnPool(Prefix.of("2a0a:e5c1:200::", 40), 48, "vpn-2a0ae5c1200.ungleich.ch", 51820));

        assertThat(pools.get(pool.id()))
                .isEqualTo(new WireGuardPool(
                        pool.id(),
                        Prefix.parse("2a0a:e5c1:200::/40"),
                        48,
                        "vpn-2a0ae5c1200.ungleich.ch",
                        51820,
                        pool.serverPublicKey()));
        assertThat(VpnFixtures.text(db, "select kind from host where fqdn = 'vpn-2a0ae5c1200.ungleich.ch'"))
                .isEqualTo("vpn");
    }

    @Test
    void theServerPrivateKeyIsStoredOnlySealedAndNeverInTheAuditTrail() {
        WireGuardPool pool =
                pools.create("staff", new NewVpnPool(Prefix.parse("2001:db8:100::/40"), 48, "vpn1.example.com", 51820));
        WireGuardPrivateKey serverKey =
                privateKeyFromConfig(pools.serverConfigs("vpn1.example.com").get(0));
        String plain = serverKey.base64();
        String plainHex = java.util.HexFormat.of().formatHex(serverKey.bytes());

        String row = VpnFixtures.text(db, "select to_jsonb(p)::text from vpn_pool p where id = ?", pool.id());
        String sealedHex = VpnFixtures.text(
                db, "select encode(server_private_key_sealed, 'hex') from vpn_pool where id = ?", pool.id());
        String audit = VpnFixtures.text(
                db,
                "select string_agg(coalesce(after::text, ''), ' ') from audit_event where table_name = 'vpn_pool'"
                        + " and row_id = ?",
                pool.id());

        assertThat(WireGuardKeys.publicKeyOf(serverKey)).isEqualTo(pool.serverPublicKey());
        assertThat(row).doesNotContain(plain).doesNotContain(plainHex);
        assertThat(sealedHex).hasSize(2 * (12 + 32 + 16)).doesNotContain(plainHex);
        assertThat(audit).contains(pool.serverPublicKey().base64()).doesNotContain("server_private_key_sealed");
    }

    @Test
    void theServerConfigOfAHostHasOnePeerPerHeldNetworkAndLeavesReleasedOnesOut() {
        WireGuardPool pool =
                pools.create("staff", new NewVpnPool(Prefix.parse("2001:db8:200::/40"), 48, "vpn2.example.com", 51821));
        long alice = VpnFixtures.customer(db, "alice-server-config");
        long bob = VpnFixtures.customer(db, "bob-server-config");
        CustomerNetwork aliceNetwork = networks.reserve(
                        "staff", pool.id(), alice, VpnFixtures.order(db, alice), Optional.empty())
                .network();
        CustomerNetwork bobNetwork = networks.reserve(
                        "staff", pool.id(), bob, VpnFixtures.order(db, bob), Optional.empty())
                .network();
        networks.release("staff", aliceNetwork.id());

        List<ServerConfigFile> files = pools.serverConfigs("VPN2.example.com");

        assertThat(files).hasSize(1);
        assertThat(files.get(0).fileName()).isEqualTo("uvpn" + pool.id() + ".conf");
        WgQuickConfig config = WgQuickConfig.parse(files.get(0).config().render());
        assertThat(config.iface().listenPort()).hasValue(51821);
        assertThat(config.peers())
                .extracting(WgQuickConfig.Peer::publicKey, WgQuickConfig.Peer::allowedIps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        bobNetwork.customerPublicKey(), List.of(Prefix.parse("2001:db8:201::/48"))));
    }

    @Test
    void aConsoleWithAnotherKeyEncryptionKeyCannotPrintTheServerConfig() {
        pools.create("staff", new NewVpnPool(Prefix.parse("2001:db8:300::/40"), 48, "vpn3.example.com", 51820));
        VpnKeyEncryptionKey other = VpnKeyEncryptionKey.generate();

        assertThatThrownBy(() -> new VpnPools(db, clock, Optional.of(other)).serverConfigs("vpn3.example.com"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(
                        "is sealed with key-encryption key " + kek.id() + ", but this console has key " + other.id());
        assertThatThrownBy(() -> new VpnPools(db, clock, Optional.empty()).serverConfigs("vpn3.example.com"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("the VPN key-encryption key is not set");
    }

    @Test
    void aSealedKeyCopiedOntoAnotherPoolDoesNotOpen() {
        WireGuardPool first =
                pools.create("staff", new NewVpnPool(Prefix.parse("2001:db8:400::/40"), 48, "vpn4.example.com", 51820));
        WireGuardPool second =
                pools.create("staff", new NewVpnPool(Prefix.parse("2001:db8:500::/40"), 48, "vpn5.example.com", 51820));
        db.runInTransaction(
                "attacker",
                tx -> tx.connection()
                        .createStatement()
                        .execute(
                                "update vpn_pool set server_private_key_sealed = (select server_private_key_sealed from vpn_pool"
                                        + " where id = " + first.id() + ") where id = " + second.id()));

        assertThatThrownBy(() -> pools.serverConfigs("vpn5.example.com"))
                .isInstanceOf(UncloudException.class)
                .hasMessage(
                        "the server key of pool " + second.id()
                                + " (2001:db8:500::/40) cannot be opened: the sealed key was changed or does not belong to this pool");
    }

    @Test
    void aPoolOverlappingAnotherIsRefused() {
        pools.create("staff", new NewVpnPool(Prefix.parse("2001:db8:600::/40"), 48, "vpn6.example.com", 51820));

        assertThatThrownBy(() -> pools.create(
                        "staff", new NewVpnPool(Prefix.parse("2001:db8:680::/41"), 48, "vpn6.example.com", 51821)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("this pool overlaps an existing pool");
    }

    @Test
    void badPoolRequestsAreRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> pools.create(
                        "staff", new NewVpnPool(Prefix.parse("192.0.2.0/24"), 28, "vpn.example.com", 51820)))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "VPN pools hand out routed IPv6 prefixes: 192.0.2.0/24 is IPv4; give an IPv6 network such as"
                                + " 2a0a:e5c1:200::/40");
        assertThatThrownBy(() -> pools.create(
                        "staff", new NewVpnPool(Prefix.parse("2001:db8:700::/40"), 40, "vpn.example.com", 51820)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("the subnetwork size must be longer than the network's /40 and at most 128, not 40");
        assertThatThrownBy(() ->
                        pools.create("staff", new NewVpnPool(Prefix.parse("2001:db8:700::/40"), 48, "vpn", 51820)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'vpn' is not a fully qualified host name such as vpn-2a0ae5c1200.ungleich.ch");
        assertThatThrownBy(() -> pools.create(
                        "staff", new NewVpnPool(Prefix.parse("2001:db8:700::/40"), 48, "vpn.example.com", 0)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("the listen port must be 1 to 65535, not 0");
        assertThat(VpnFixtures.text(db, "select count(*) from vpn_pool where network = '2001:db8:700::/40'"))
                .isEqualTo("0");
    }

    @Test
    void aHypervisorIsNotTakenForAVpnHost() {
        VpnFixtures.insert(db, "insert into host (fqdn, kind) values ('hv1.example.com', 'hypervisor') returning id");

        assertThatThrownBy(() -> pools.create(
                        "staff", new NewVpnPool(Prefix.parse("2001:db8:800::/40"), 48, "hv1.example.com", 51820)))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "hv1.example.com is registered as a hypervisor host, not a VPN host: choose the VPN host's name");
    }

    @Test
    void theKeyEncryptionKeyIsReadFromTheEnvironmentAndRefusesWrongLengths() {
        String base64 = kek.base64();

        assertThat(VpnKeyEncryptionKey.fromEnvironment(java.util.Map.of(VpnKeyEncryptionKey.ENV_KEY, base64)))
                .hasValueSatisfying(key -> assertThat(key.id()).isEqualTo(kek.id()));
        assertThat(VpnKeyEncryptionKey.fromEnvironment(java.util.Map.of())).isEmpty();
        assertThat(kek.toString()).doesNotContain(base64);
        assertThatThrownBy(
                        () -> VpnKeyEncryptionKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("the VPN key-encryption key must be 32 bytes in base64");
    }

    private static WireGuardPrivateKey privateKeyFromConfig(ServerConfigFile file) {
        return WgQuickConfig.parse(file.config().render()).iface().privateKey().orElseThrow();
    }
}
