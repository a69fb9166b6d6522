package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/** A subnetwork of a pool held by a customer for an order, reached through the customer's key. */
public record CustomerNetwork(
        long id,
        long poolId,
        Prefix network,
        long customerId,
        long orderId,
        WireGuardPublicKey customerPublicKey,
        Instant reservedAt) {

    public CustomerNetwork {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(customerPublicKey, "customerPublicKey");
        Objects.requireNonNull(reservedAt, "reservedAt");
    }

    /**
     * The address the customer's own WireGuard interface takes: host 1 of the prefix ({@code ::1/48}),
     * or the only address of a single-address prefix.
     */
    public String customerAddress() {
        return network.interfaceAddress(network.size().equals(java.math.BigInteger.ONE) ? 0 : 1);
    }
}
