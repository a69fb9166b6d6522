package uncloud.client.internal.vpn;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import uncloud.client.ConflictException;
import uncloud.client.PoolExhaustedException;
import uncloud.client.domain.CustomerNetwork;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardPool;
import uncloud.client.domain.WireGuardPublicKey;

/**
 * Hands out the lowest free subnetwork of a pool without enumerating it. "Free" is either a gap
 * between the sorted taken networks, found by walking them from the pool's allocation hint (below
 * which everything is taken), or a released network whose quarantine is over. Two reservations
 * racing for the same prefix are separated by the exclusion constraint {@code
 * vpn_network_no_overlap}: the loser rolls back to a savepoint and walks on past the winner.
 */
public final class SubnetworkAllocator {
    /** Exclusion violation (the prefix was taken first) and deadlock (two took it at the same instant). */
    private static final Set<String> RETRYABLE = Set.of("23P01", "40P01");

    private static final int WALK_BATCH = 256;
    private static final int MAX_ATTEMPTS = 1_000;

    private final AtomicLong conflicts = new AtomicLong();

    /** How often a reservation lost a race and tried the next prefix, since this allocator started. */
    public long conflicts() {
        return conflicts.get();
    }

    public CustomerNetwork allocate(
            Connection connection,
            WireGuardPool pool,
            long customerId,
            long orderId,
            WireGuardPublicKey key,
            Instant now)
            throws SQLException {
        BigInteger count = pool.network().subnetworkCount(pool.subnetworkSize());
        BigInteger floor = NetworkSql.hint(connection, pool.id());
        // The lowest subnetwork passed over without seeing it taken: the hint must not move beyond it.
        BigInteger firstSkipped = null;
        Optional<NetworkSql.NetworkRow> reusable = NetworkSql.lowestReusable(connection, pool.id(), now);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            BigInteger gap = firstGap(connection, pool, floor, count);
            Optional<BigInteger> reusableIndex =
                    reusable.map(row -> pool.network().indexOf(row.network().network()));
            boolean reuse = reusableIndex.isPresent() && reusableIndex.get().compareTo(gap) < 0;
            if (!reuse && gap.compareTo(count) >= 0) {
                throw exhausted(pool, count);
            }
            BigInteger index = reuse ? reusableIndex.get() : gap;
            // Someone else is taking this prefix right now: try the next one rather than wait for them.
            if (!NetworkSql.tryLockCandidate(connection, pool.id(), index)) {
                conflicts.incrementAndGet();
                if (reuse) {
                    reusable = NetworkSql.lowestReusableAfter(connection, pool.id(), now, reusable.get());
                } else {
                    firstSkipped = firstSkipped == null ? index : firstSkipped;
                    floor = index.add(BigInteger.ONE);
                }
                continue;
            }
            Savepoint savepoint = connection.setSavepoint();
            try {
                if (reuse
                        && !NetworkSql.removeReusable(
                                connection, reusable.get().network().id(), now)) {
                    connection.rollback(savepoint);
                    conflicts.incrementAndGet();
                    reusable = NetworkSql.lowestReusable(connection, pool.id(), now);
                    continue;
                }
                Prefix prefix = pool.network().subnetwork(pool.subnetworkSize(), index);
                CustomerNetwork network =
                        NetworkSql.insert(connection, pool.id(), prefix, customerId, orderId, key, now);
                if (!reuse) {
                    NetworkSql.raiseHint(
                            connection, pool.id(), firstSkipped == null ? index.add(BigInteger.ONE) : firstSkipped);
                }
                connection.releaseSavepoint(savepoint);
                return network;
            } catch (SQLException e) {
                if (!RETRYABLE.contains(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
                conflicts.incrementAndGet();
                if (reuse) {
                    reusable = NetworkSql.lowestReusable(connection, pool.id(), now);
                } else {
                    // Someone committed this prefix: everything up to it is taken, walk on from the next one.
                    floor = index.add(BigInteger.ONE);
                }
            }
        }
        // Not PoolExhaustedException: free prefixes may remain, and callers must not take this for "full".
        throw new ConflictException("could not reserve a network in pool " + pool.network() + " after " + MAX_ATTEMPTS
                + " attempts: too many reservations at once, try again");
    }

    /** The number of the first subnetwork at or after {@code from} that no row takes ({@code count} if none). */
    private static BigInteger firstGap(Connection connection, WireGuardPool pool, BigInteger from, BigInteger count)
            throws SQLException {
        BigInteger candidate = from;
        while (candidate.compareTo(count) < 0) {
            Prefix start = pool.network().subnetwork(pool.subnetworkSize(), candidate);
            List<Prefix> taken = NetworkSql.takenFrom(connection, pool.id(), start, WALK_BATCH);
            for (Prefix network : taken) {
                if (!pool.network().indexOf(network).equals(candidate)) {
                    return candidate;
                }
                candidate = candidate.add(BigInteger.ONE);
            }
            if (taken.size() < WALK_BATCH) {
                return candidate;
            }
        }
        return candidate;
    }

    private static PoolExhaustedException exhausted(WireGuardPool pool, BigInteger count) {
        return new PoolExhaustedException("pool " + pool.network() + " is exhausted: all " + count + " /"
                + pool.subnetworkSize() + " subnetworks are held or in quarantine; create another pool or wait"
                + " for a quarantine to end");
    }
}
