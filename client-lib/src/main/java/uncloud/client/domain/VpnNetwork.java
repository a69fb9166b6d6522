package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/** One subnetwork of a pool held by a customer, reached over WireGuard with the customer's public key. */
public record VpnNetwork(
        long id,
        long poolId,
        String network,
        long customerId,
        Long orderId,
        String wireguardPublicKey,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public VpnNetwork {
        Objects.requireNonNull(network, "network");
    }

    public static VpnNetwork create(
            long poolId, String network, long customerId, Long orderId, String wireguardPublicKey) {
        return new VpnNetwork(0, poolId, network, customerId, orderId, wireguardPublicKey, null, null, 0);
    }
}
