package uncloud.client.domain;

import java.util.Objects;

/**
 * A pool of routed customer prefixes served by one WireGuard interface on a VPN host: {@code
 * network} is split into subnetworks of {@code subnetworkSize} bits, one per customer.
 */
public record WireGuardPool(
        long id,
        Prefix network,
        int subnetworkSize,
        String vpnHostname,
        int listenPort,
        WireGuardPublicKey serverPublicKey) {

    public WireGuardPool {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(vpnHostname, "vpnHostname");
        Objects.requireNonNull(serverPublicKey, "serverPublicKey");
        network.subnetworkCount(subnetworkSize);
    }

    /** The WireGuard interface (and wg-quick file) name on the VPN host; at most 15 characters. */
    public String interfaceName() {
        return "uvpn" + id;
    }
}
