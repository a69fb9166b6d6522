package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An IPv6 prefix (e.g. {@code 2a0a:e5c1:200::/40}, in PostgreSQL's canonical text) cut into customer
 * networks of {@code subnetworkSize} bits, served by WireGuard on {@code hostId}:{@code listenPort}.
 */
public record VpnPool(
        long id,
        String network,
        int subnetworkSize,
        Long hostId,
        int listenPort,
        String wireguardPublicKey,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public VpnPool {
        Objects.requireNonNull(network, "network");
    }

    public static VpnPool create(
            String network, int subnetworkSize, Long hostId, int listenPort, String wireguardPublicKey) {
        return new VpnPool(0, network, subnetworkSize, hostId, listenPort, wireguardPublicKey, null, null, 0);
    }
}
