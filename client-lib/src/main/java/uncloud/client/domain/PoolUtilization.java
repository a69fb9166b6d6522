package uncloud.client.domain;

import java.math.BigInteger;

/**
 * How a pool's subnetworks are used: held by customers, in quarantine after release, free (including
 * those whose quarantine has ended). {@code used + quarantined + free = total}.
 */
public record PoolUtilization(long poolId, BigInteger total, long used, long quarantined, BigInteger free) {
    public PoolUtilization {
        if (!total.equals(free.add(BigInteger.valueOf(used + quarantined)))) {
            throw new IllegalArgumentException("used + quarantined + free must equal the total");
        }
    }
}
