package uncloud.client.internal.vpn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uncloud.client.NotFoundException;
import uncloud.client.domain.CustomerNetwork;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.VpnNetworkHolding;
import uncloud.client.domain.WireGuardPublicKey;

/** SQL for {@code vpn_network}, its history and the pool's allocation hint. */
public final class NetworkSql {
    private static final String COLUMNS = "id, pool_id, network::text as network, customer_id, order_id,"
            + " wireguard_public_key, created_at, released_at, quarantined_until";

    private NetworkSql() {}

    /** A row of {@code vpn_network}: a network held (not released) or in quarantine until a time. */
    public record NetworkRow(
            CustomerNetwork network, Optional<Instant> releasedAt, Optional<Instant> quarantinedUntil) {}

    public static NetworkRow get(Connection connection, long networkId) throws SQLException {
        return Sql.one(connection, NetworkSql::map, "select " + COLUMNS + " from vpn_network where id = ?", networkId)
                .orElseThrow(() -> new NotFoundException("there is no VPN network " + networkId));
    }

    public static List<CustomerNetwork> held(Connection connection, long poolId) throws SQLException {
        return Sql.list(
                connection,
                row -> map(row).network(),
                "select " + COLUMNS + " from vpn_network where pool_id = ? and released_at is null order by network",
                poolId);
    }

    public static List<CustomerNetwork> heldBy(Connection connection, long customerId) throws SQLException {
        return Sql.list(
                connection,
                row -> map(row).network(),
                "select " + COLUMNS + " from vpn_network where customer_id = ? and released_at is null"
                        + " order by network",
                customerId);
    }

    /** Taken subnetworks (held or in quarantine) of the pool from {@code from} on, in address order. */
    public static List<Prefix> takenFrom(Connection connection, long poolId, Prefix from, int limit)
            throws SQLException {
        return Sql.list(
                connection,
                row -> Prefix.parse(row.getString(1)),
                "select network::text from vpn_network where pool_id = ? and network >= ?::cidr order by network"
                        + " limit ?",
                poolId,
                from.toString(),
                limit);
    }

    /** The lowest network of the pool whose quarantine is over: it may be handed out again. */
    public static Optional<NetworkRow> lowestReusable(Connection connection, long poolId, Instant now)
            throws SQLException {
        return Sql.one(
                connection,
                NetworkSql::map,
                "select " + COLUMNS + " from vpn_network where pool_id = ? and released_at is not null"
                        + " and quarantined_until <= ? order by network limit 1",
                poolId,
                now);
    }

    /** The next network after {@code previous} whose quarantine is over. */
    public static Optional<NetworkRow> lowestReusableAfter(
            Connection connection, long poolId, Instant now, NetworkRow previous) throws SQLException {
        return Sql.one(
                connection,
                NetworkSql::map,
                "select " + COLUMNS + " from vpn_network where pool_id = ? and released_at is not null"
                        + " and quarantined_until <= ? and network > ?::cidr order by network limit 1",
                poolId,
                now,
                previous.network().network().toString());
    }

    /** Removes a network whose quarantine is over; false when someone else took it first. */
    public static boolean removeReusable(Connection connection, long networkId, Instant now) throws SQLException {
        return Sql.update(
                        connection,
                        "delete from vpn_network where id = ? and released_at is not null and quarantined_until <= ?",
                        networkId,
                        now)
                == 1;
    }

    public static CustomerNetwork insert(
            Connection connection,
            long poolId,
            Prefix network,
            long customerId,
            long orderId,
            WireGuardPublicKey key,
            Instant reservedAt)
            throws SQLException {
        return Sql.one(
                        connection,
                        row -> map(row).network(),
                        "insert into vpn_network (pool_id, network, customer_id, order_id, wireguard_public_key,"
                                + " created_at, updated_at) values (?, ?::cidr, ?, ?, ?, ?, ?) returning " + COLUMNS,
                        poolId,
                        network.toString(),
                        customerId,
                        orderId,
                        key.base64(),
                        reservedAt,
                        reservedAt)
                .orElseThrow();
    }

    /** Starts the quarantine of a held network; false when it is not held (any more). */
    public static boolean release(Connection connection, long networkId, Instant releasedAt, Instant until)
            throws SQLException {
        return Sql.update(
                        connection,
                        "update vpn_network set released_at = ?, quarantined_until = ? where id = ?"
                                + " and released_at is null",
                        releasedAt,
                        until,
                        networkId)
                == 1;
    }

    /**
     * A transaction-scoped advisory lock on one candidate subnetwork, so two reservations do not insert
     * the same prefix at once (their exclusion checks would wait on each other until PostgreSQL's
     * deadlock detector ends one). A hash collision only makes a reservation skip a candidate.
     */
    public static boolean tryLockCandidate(Connection connection, long poolId, BigInteger index) throws SQLException {
        int space = 0x56500000 | (int) (poolId & 0xffff);
        return Sql.one(
                        connection,
                        row -> row.getBoolean(1),
                        "select pg_try_advisory_xact_lock(?, ?)",
                        space,
                        index.hashCode())
                .orElseThrow();
    }

    public static BigInteger hint(Connection connection, long poolId) throws SQLException {
        return Sql.one(
                        connection,
                        row -> row.getBigDecimal(1).toBigIntegerExact(),
                        "select next_index from vpn_pool_allocation_hint where pool_id = ?",
                        poolId)
                .orElse(BigInteger.ZERO);
    }

    /** Records that every subnetwork below {@code nextIndex} is taken (never lowers the hint). */
    public static void raiseHint(Connection connection, long poolId, BigInteger nextIndex) throws SQLException {
        Sql.update(
                connection,
                "update vpn_pool_allocation_hint set next_index = greatest(next_index, ?) where pool_id = ?",
                new BigDecimal(nextIndex),
                poolId);
    }

    /** Held and quarantined counts; a quarantine that is over counts as free. */
    public static long[] usedAndQuarantined(Connection connection, long poolId, Instant now) throws SQLException {
        return Sql.one(
                        connection,
                        row -> new long[] {row.getLong(1), row.getLong(2)},
                        "select count(*) filter (where released_at is null),"
                                + " count(*) filter (where released_at is not null and quarantined_until > ?)"
                                + " from vpn_network where pool_id = ?",
                        now,
                        poolId)
                .orElseThrow();
    }

    public static List<VpnNetworkHolding> history(Connection connection, long poolId) throws SQLException {
        return Sql.list(
                connection,
                row -> {
                    String key = row.getString("wireguard_public_key");
                    long orderId = row.getLong("order_id");
                    boolean noOrder = row.wasNull();
                    return new VpnNetworkHolding(
                            row.getLong("vpn_network_id"),
                            row.getLong("pool_id"),
                            Prefix.parse(row.getString("network")),
                            row.getLong("customer_id"),
                            noOrder ? Optional.empty() : Optional.of(orderId),
                            Optional.ofNullable(key).map(WireGuardPublicKey::new),
                            Sql.instant(row, "held_from"),
                            Optional.ofNullable(Sql.instant(row, "held_until")));
                },
                "select vpn_network_id, pool_id, network::text as network, customer_id, order_id,"
                        + " wireguard_public_key, held_from, held_until from vpn_network_history where pool_id = ?"
                        + " order by network, held_from, id",
                poolId);
    }

    private static NetworkRow map(ResultSet row) throws SQLException {
        CustomerNetwork network = new CustomerNetwork(
                row.getLong("id"),
                row.getLong("pool_id"),
                Prefix.parse(row.getString("network")),
                row.getLong("customer_id"),
                row.getLong("order_id"),
                new WireGuardPublicKey(row.getString("wireguard_public_key")),
                Sql.instant(row, "created_at"));
        return new NetworkRow(
                network,
                Optional.ofNullable(Sql.instant(row, "released_at")),
                Optional.ofNullable(Sql.instant(row, "quarantined_until")));
    }
}
