package uncloud.client.domain;

import java.time.Instant;
import java.util.Optional;

/** One entry of a prefix's history: who held it, for which order, from when until when (empty: still). */
public record VpnNetworkHolding(
        long networkId,
        long poolId,
        Prefix network,
        long customerId,
        Optional<Long> orderId,
        Optional<WireGuardPublicKey> customerPublicKey,
        Instant heldFrom,
        Optional<Instant> heldUntil) {}
