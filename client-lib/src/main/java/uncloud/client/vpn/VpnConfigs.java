package uncloud.client.vpn;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import uncloud.client.domain.CustomerNetwork;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardPool;
import uncloud.client.domain.WireGuardPrivateKey;

/** Renders the wg-quick files for both ends of a pool's tunnels. */
public final class VpnConfigs {
    /** Keeps NAT mappings of phones and home routers open, as WireGuard's documentation suggests. */
    static final int CUSTOMER_KEEPALIVE_SECONDS = 25;

    private static final Prefix EVERYTHING = Prefix.parse("::/0");

    private VpnConfigs() {}

    /**
     * The VPN host's file for one pool ({@code /etc/wireguard/<interface>.conf}): the pool's key and
     * port, and one peer per customer network that routes exactly that prefix.
     */
    public static WgQuickConfig server(
            WireGuardPool pool, WireGuardPrivateKey serverKey, List<CustomerNetwork> networks) {
        List<WgQuickConfig.Peer> peers = networks.stream()
                .sorted(Comparator.comparing(CustomerNetwork::network))
                .map(network -> new WgQuickConfig.Peer(
                        Optional.of("network " + network.id() + ": customer " + network.customerId() + ", order "
                                + network.orderId()),
                        network.customerPublicKey(),
                        List.of(network.network()),
                        Optional.empty(),
                        OptionalInt.empty()))
                .toList();
        return new WgQuickConfig(
                List.of(
                        "Uncloud VPN pool " + pool.id() + ": " + pool.network() + " on " + pool.vpnHostname(),
                        "Written by uncloud vpn --hostname; changes here are overwritten."),
                new WgQuickConfig.Interface(Optional.of(serverKey), List.of(), OptionalInt.of(pool.listenPort())),
                peers);
    }

    /**
     * The customer's file: their address in their prefix, the pool's server as the only peer, all
     * IPv6 through the tunnel. Without the private key (the customer kept their own) the file says
     * where to put it.
     */
    public static WgQuickConfig customer(
            WireGuardPool pool, CustomerNetwork network, Optional<WireGuardPrivateKey> privateKey) {
        List<String> comments = privateKey.isPresent()
                ? List.of("Uncloud VPN network " + network.network())
                : List.of(
                        "Uncloud VPN network " + network.network(),
                        "Add: PrivateKey = <the private key of " + network.customerPublicKey() + ">");
        return new WgQuickConfig(
                comments,
                new WgQuickConfig.Interface(privateKey, List.of(network.customerAddress()), OptionalInt.empty()),
                List.of(new WgQuickConfig.Peer(
                        Optional.empty(),
                        pool.serverPublicKey(),
                        List.of(EVERYTHING),
                        Optional.of(endpoint(pool)),
                        OptionalInt.of(CUSTOMER_KEEPALIVE_SECONDS))));
    }

    /** {@code host:port}, with an IPv6 literal host in brackets as WireGuard expects. */
    static String endpoint(WireGuardPool pool) {
        String host = pool.vpnHostname();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + pool.listenPort();
    }
}
