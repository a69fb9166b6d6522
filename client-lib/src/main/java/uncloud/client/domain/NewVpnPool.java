package uncloud.client.domain;

import java.util.Objects;

/**
 * What staff give to create a pool, as in the provider manual: network {@code 2a0a:e5c1:200::/40},
 * subnetwork size 48, VPN host {@code vpn-2a0ae5c1200.ungleich.ch}, WireGuard port.
 */
public record NewVpnPool(Prefix network, int subnetworkSize, String vpnHostname, int listenPort) {
    public static final int DEFAULT_LISTEN_PORT = 51820;

    public NewVpnPool {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(vpnHostname, "vpnHostname");
    }
}
