package uncloud.client.vpn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.ConflictException;
import uncloud.client.NotFoundException;
import uncloud.client.PoolExhaustedException;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.domain.CustomerNetwork;
import uncloud.client.domain.NewVpnPool;
import uncloud.client.domain.PoolUtilization;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.VpnNetworkHolding;
import uncloud.client.domain.VpnReservation;
import uncloud.client.domain.WireGuardKeyPair;
import uncloud.client.domain.WireGuardPool;
import uncloud.client.testing.TestDatabase;

class VpnNetworksTest {
    static final Duration QUARANTINE = Duration.ofDays(30);
    static final AtomicInteger POOLS = new AtomicInteger();
    static TestDatabase testDb;
    static Database db;
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T08:00:00Z"));
    static VpnPools pools;
    static VpnNetworks networks;
    static long alice;
    static long aliceOrder;
    static long bob;
    static long bobOrder;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        pools = new VpnPools(db, clock, Optional.of(VpnKeyEncryptionKey.generate()));
        networks = new VpnNetworks(db, clock, QUARANTINE);
        alice = VpnFixtures.customer(db, "alice");
        aliceOrder = VpnFixtures.order(db, alice);
        bob = VpnFixtures.customer(db, "bob");
        bobOrder = VpnFixtures.order(db, bob);
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    /** A new pool of its own for each test: 2001:db8:N::/48 split as asked. */
    static WireGuardPool pool(int subnetworkSize) {
        int n = POOLS.incrementAndGet();
        return pools.create(
                "staff",
                new NewVpnPool(
                        Prefix.parse("2001:db8:" + Integer.toHexString(n) + "::/48"),
                        subnetworkSize,
                        "vpn.example.com",
                        51820 + n));
    }

    static Prefix reserve(WireGuardPool pool, long customer, long order) {
        return networks.reserve("staff", pool.id(), customer, order, Optional.empty())
                .network()
                .network();
    }

    @Test
    void reservationsHandOutTheLowestFreeSubnetworksInOrder() {
        WireGuardPool pool = pool(64);

        assertThat(List.of(
                        reserve(pool, alice, aliceOrder),
                        reserve(pool, bob, bobOrder),
                        reserve(pool, alice, aliceOrder)))
                .containsExactly(
                        Prefix.parse("2001:db8:" + Integer.toHexString(POOLS.get()) + "::/64"),
                        pool.network().subnetwork(64, 1),
                        pool.network().subnetwork(64, 2));
    }

    @Test
    void aCustomerWithoutAKeyGetsAGeneratedPairWhosePrivateKeyIsNotStored() {
        WireGuardPool pool = pool(56);

        VpnReservation reservation = networks.reserve("staff", pool.id(), alice, aliceOrder, Optional.empty());

        assertThat(reservation.generatedPrivateKey()).isPresent();
        String privateKey = reservation.generatedPrivateKey().get().base64();
        assertThat(WireGuardKeys.publicKeyOf(reservation.generatedPrivateKey().get()))
                .isEqualTo(reservation.network().customerPublicKey());
        assertThat(VpnFixtures.text(
                        db, "select count(*) from audit_event where after::text like ?", "%" + privateKey + "%"))
                .isEqualTo("0");
        assertThat(VpnFixtures.text(
                        db,
                        "select to_jsonb(n)::text from vpn_network n where id = ?",
                        reservation.network().id()))
                .doesNotContain(privateKey);
        assertThat(WgQuickConfig.parse(
                                networks.customerConfig(reservation.network().id(), reservation.generatedPrivateKey())
                                        .render())
                        .iface()
                        .addresses())
                .containsExactly(reservation.network().network().interfaceAddress(1));
    }

    @Test
    void aCustomerWhoBringsAKeyKeepsItAndGetsNoPrivateKeyBack() {
        WireGuardPool pool = pool(56);
        WireGuardKeyPair own = WireGuardKeys.generate();

        VpnReservation reservation = networks.reserve("staff", pool.id(), bob, bobOrder, Optional.of(own.publicKey()));

        assertThat(reservation.generatedPrivateKey()).isEmpty();
        assertThat(networks.get(reservation.network().id()).customerPublicKey()).isEqualTo(own.publicKey());
    }

    @Test
    void aReleasedNetworkStaysInQuarantineUntilItsTimeIsUpAndIsThenHandedOutFirst() {
        WireGuardPool pool = pool(64);
        CustomerNetwork first = networks.reserve("staff", pool.id(), alice, aliceOrder, Optional.empty())
                .network();
        CustomerNetwork second = networks.reserve("staff", pool.id(), alice, aliceOrder, Optional.empty())
                .network();
        reserve(pool, alice, aliceOrder);
        networks.release("staff", second.id());

        assertThat(reserve(pool, bob, bobOrder)).isEqualTo(pool.network().subnetwork(64, 3));

        clock.advance(QUARANTINE.minusSeconds(1));
        assertThat(reserve(pool, bob, bobOrder)).isEqualTo(pool.network().subnetwork(64, 4));

        clock.advance(Duration.ofSeconds(1));
        assertThat(reserve(pool, bob, bobOrder)).isEqualTo(second.network());
        assertThat(reserve(pool, bob, bobOrder)).isEqualTo(pool.network().subnetwork(64, 5));
        assertThat(first.network()).isEqualTo(pool.network().subnetwork(64, 0));
    }

    @Test
    void theHistoryKeepsWhoHeldWhichPrefixWhen() {
        WireGuardPool pool = pool(64);
        Instant aliceFrom = clock.instant();
        CustomerNetwork aliceNetwork = networks.reserve("staff", pool.id(), alice, aliceOrder, Optional.empty())
                .network();
        clock.advance(Duration.ofDays(10));
        Instant released = clock.instant();
        networks.release("staff", aliceNetwork.id());
        clock.advance(QUARANTINE);
        Instant bobFrom = clock.instant();
        CustomerNetwork bobNetwork = networks.reserve("staff", pool.id(), bob, bobOrder, Optional.empty())
                .network();

        assertThat(networks.history(pool.id()))
                .containsExactly(
                        new VpnNetworkHolding(
                                aliceNetwork.id(),
                                pool.id(),
                                aliceNetwork.network(),
                                alice,
                                Optional.of(aliceOrder),
                                Optional.of(aliceNetwork.customerPublicKey()),
                                aliceFrom,
                                Optional.of(released)),
                        new VpnNetworkHolding(
                                bobNetwork.id(),
                                pool.id(),
                                aliceNetwork.network(),
                                bob,
                                Optional.of(bobOrder),
                                Optional.of(bobNetwork.customerPublicKey()),
                                bobFrom,
                                Optional.empty()));
    }

    @Test
    void utilizationCountsHeldQuarantinedAndFreeSubnetworks() {
        WireGuardPool pool = pool(56);
        CustomerNetwork a = networks.reserve("staff", pool.id(), alice, aliceOrder, Optional.empty())
                .network();
        networks.reserve("staff", pool.id(), alice, aliceOrder, Optional.empty());
        networks.reserve("staff", pool.id(), bob, bobOrder, Optional.empty());
        networks.release("staff", a.id());

        assertThat(networks.utilization(pool.id()))
                .isEqualTo(new PoolUtilization(pool.id(), BigInteger.valueOf(256), 2, 1, BigInteger.valueOf(253)));

        clock.advance(QUARANTINE);
        assertThat(networks.utilization(pool.id()))
                .isEqualTo(new PoolUtilization(pool.id(), BigInteger.valueOf(256), 2, 0, BigInteger.valueOf(254)));
    }

    @Test
    void aFullPoolSaysItIsExhausted() {
        WireGuardPool pool = pools.create(
                "staff", new NewVpnPool(Prefix.parse("2001:db8:ffff::/126"), 128, "vpn.example.com", 52000));
        for (int i = 0; i < 4; i++) {
            reserve(pool, alice, aliceOrder);
        }

        assertThatThrownBy(() -> reserve(pool, alice, aliceOrder))
                .isInstanceOf(PoolExhaustedException.class)
                .hasMessage("pool 2001:db8:ffff::/126 is exhausted: all 4 /128 subnetworks are held or in quarantine;"
                        + " create another pool or wait for a quarantine to end");
    }

    @Test
    void releasingTwiceOrAStrangersOrderIsRefused() {
        WireGuardPool pool = pool(64);
        CustomerNetwork network = networks.reserve("staff", pool.id(), alice, aliceOrder, Optional.empty())
                .network();
        networks.release("staff", network.id());

        assertThatThrownBy(() -> networks.release("staff", network.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("VPN network " + network.network() + " was already released on " + clock.instant());
        assertThatThrownBy(() -> networks.reserve("staff", pool.id(), alice, bobOrder, Optional.empty()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("order " + bobOrder + " belongs to customer " + bob + ", not to customer " + alice);
        assertThatThrownBy(() -> networks.reserve("staff", 999_999, alice, aliceOrder, Optional.empty()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("there is no VPN pool 999999");
    }

    @Test
    void eightStaffReservingAtTheSameMomentNeverGetTheSamePrefix() throws Exception {
        WireGuardPool pool = pool(56); // 256 subnetworks

        assertEightReserversShareOutThePoolWithoutDuplicates(pool);
    }

    @Test
    void eightStaffTakingOverExpiredQuarantinesAtOnceNeverGetTheSamePrefix() throws Exception {
        WireGuardPool pool = pool(54); // 64 subnetworks
        for (int i = 0; i < 64; i++) {
            networks.release(
                    "staff",
                    networks.reserve("staff", pool.id(), alice, aliceOrder, Optional.empty())
                            .network()
                            .id());
        }
        clock.advance(QUARANTINE);

        assertEightReserversShareOutThePoolWithoutDuplicates(pool);
        assertThat(networks.history(pool.id())).hasSize(128);
    }

    private static void assertEightReserversShareOutThePoolWithoutDuplicates(WireGuardPool pool) throws Exception {
        int size = pool.network().subnetworkCount(pool.subnetworkSize()).intValueExact();
        int reservers = 8;
        int attemptsEach = size / reservers + 8; // more than there is: the last attempts find the pool exhausted
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(reservers);
        List<Future<List<Object>>> results = new ArrayList<>();
        for (int r = 0; r < reservers; r++) {
            Callable<List<Object>> reserver = () -> {
                go.await();
                List<Object> outcomes = new ArrayList<>();
                for (int i = 0; i < attemptsEach; i++) {
                    try {
                        outcomes.add(reserve(pool, bob, bobOrder));
                    } catch (PoolExhaustedException e) {
                        outcomes.add(e);
                    }
                }
                return outcomes;
            };
            results.add(executor.submit(reserver));
        }
        go.countDown();
        List<Prefix> prefixes = new ArrayList<>();
        int exhausted = 0;
        for (Future<List<Object>> result : results) {
            for (Object outcome : result.get()) {
                if (outcome instanceof Prefix prefix) {
                    prefixes.add(prefix);
                } else {
                    exhausted++;
                }
            }
        }
        executor.shutdown();

        Set<Prefix> distinct = new HashSet<>(prefixes);
        assertThat(prefixes).hasSize(size);
        assertThat(distinct).hasSize(size);
        assertThat(distinct)
                .allMatch(prefix -> pool.network().contains(prefix) && prefix.length() == pool.subnetworkSize());
        assertThat(exhausted).isEqualTo(reservers * attemptsEach - size);
        assertThat(networks.held(pool.id())).hasSize(size);
    }
}
