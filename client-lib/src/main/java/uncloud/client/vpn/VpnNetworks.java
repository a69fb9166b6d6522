package uncloud.client.vpn;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uncloud.client.ConflictException;
import uncloud.client.NotFoundException;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.domain.CustomerNetwork;
import uncloud.client.domain.PoolUtilization;
import uncloud.client.domain.VpnNetworkHolding;
import uncloud.client.domain.VpnReservation;
import uncloud.client.domain.WireGuardKeyPair;
import uncloud.client.domain.WireGuardPool;
import uncloud.client.domain.WireGuardPrivateKey;
import uncloud.client.domain.WireGuardPublicKey;
import uncloud.client.internal.vpn.NetworkSql;
import uncloud.client.internal.vpn.PoolSql;
import uncloud.client.internal.vpn.SubnetworkAllocator;

/**
 * Customer networks in VPN pools: reserve the lowest free subnetwork, release it into quarantine,
 * the history of holders, utilization and the customer's config. Thread-safe.
 */
public final class VpnNetworks {
    /** Long enough that routes, caches and firewall rules that named the old holder have gone. */
    public static final Duration DEFAULT_QUARANTINE = Duration.ofDays(30);

    private final Database database;
    private final Clock clock;
    private final Duration quarantine;
    private final SubnetworkAllocator allocator = new SubnetworkAllocator();

    public VpnNetworks(Database database, Clock clock, Duration quarantine) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
        if (quarantine.isNegative()) {
            throw new IllegalArgumentException("the quarantine cannot be negative: " + quarantine);
        }
    }

    /**
     * Reserves the lowest free subnetwork of the pool for the customer's order. Without a public key
     * the console makes the customer's key pair and returns the private key in the reservation —
     * the only time it exists outside the customer's device; it is not stored.
     *
     * @throws uncloud.client.PoolExhaustedException when every subnetwork is held or in quarantine
     */
    public VpnReservation reserve(
            String actorUid, long poolId, long customerId, long orderId, Optional<WireGuardPublicKey> customerKey) {
        Optional<WireGuardKeyPair> generated =
                customerKey.isPresent() ? Optional.empty() : Optional.of(WireGuardKeys.generate());
        WireGuardPublicKey key = customerKey.orElseGet(() -> generated.get().publicKey());
        CustomerNetwork network = database.inTransaction(actorUid, tx -> {
            checkOrder(tx.connection(), customerId, orderId);
            WireGuardPool pool = PoolSql.get(tx.connection(), poolId).pool();
            return allocator.allocate(tx.connection(), pool, customerId, orderId, key, clock.instant());
        });
        return new VpnReservation(network, generated.map(WireGuardKeyPair::privateKey));
    }

    /** Ends the customer's holding; the prefix stays in quarantine for the configured time. */
    public CustomerNetwork release(String actorUid, long networkId) {
        Instant now = clock.instant();
        return database.inTransaction(actorUid, tx -> {
            NetworkSql.NetworkRow row = NetworkSql.get(tx.connection(), networkId);
            if (!NetworkSql.release(tx.connection(), networkId, now, now.plus(quarantine))) {
                throw new ConflictException("VPN network " + row.network().network() + " was already released on "
                        + row.releasedAt().orElse(now));
            }
            return row.network();
        });
    }

    public CustomerNetwork get(long networkId) {
        return database.read(tx -> NetworkSql.get(tx.connection(), networkId).network());
    }

    /** The networks customers hold now (not those in quarantine), in address order. */
    public List<CustomerNetwork> held(long poolId) {
        return database.read(tx -> NetworkSql.held(tx.connection(), poolId));
    }

    public List<CustomerNetwork> heldBy(long customerId) {
        return database.read(tx -> NetworkSql.heldBy(tx.connection(), customerId));
    }

    /** Who held which prefix of the pool when, by prefix and then time. */
    public List<VpnNetworkHolding> history(long poolId) {
        return database.read(tx -> NetworkSql.history(tx.connection(), poolId));
    }

    public PoolUtilization utilization(long poolId) {
        Instant now = clock.instant();
        return database.read(tx -> {
            WireGuardPool pool = PoolSql.get(tx.connection(), poolId).pool();
            BigInteger total = pool.network().subnetworkCount(pool.subnetworkSize());
            long[] counts = NetworkSql.usedAndQuarantined(tx.connection(), poolId, now);
            BigInteger free = total.subtract(BigInteger.valueOf(counts[0] + counts[1]));
            return new PoolUtilization(poolId, total, counts[0], counts[1], free);
        });
    }

    /** The customer's wg-quick file; pass the private key only when the console just generated it. */
    public WgQuickConfig customerConfig(long networkId, Optional<WireGuardPrivateKey> privateKey) {
        return database.read(tx -> {
            NetworkSql.NetworkRow row = NetworkSql.get(tx.connection(), networkId);
            if (row.releasedAt().isPresent()) {
                throw new ConflictException("VPN network " + row.network().network() + " has been released");
            }
            WireGuardPool pool =
                    PoolSql.get(tx.connection(), row.network().poolId()).pool();
            return VpnConfigs.customer(pool, row.network(), privateKey);
        });
    }

    /** How many reservations lost a race for a prefix and moved on to the next (for monitoring). */
    public long reservationConflicts() {
        return allocator.conflicts();
    }

    private static void checkOrder(java.sql.Connection connection, long customerId, long orderId)
            throws java.sql.SQLException {
        try (var statement = connection.prepareStatement("select customer_id from orders where id = ?")) {
            statement.setLong(1, orderId);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundException("there is no order " + orderId);
                }
                long owner = rows.getLong(1);
                if (owner != customerId) {
                    throw new ValidationException(
                            "orderId",
                            "order " + orderId + " belongs to customer " + owner + ", not to customer " + customerId);
                }
            }
        }
    }
}
