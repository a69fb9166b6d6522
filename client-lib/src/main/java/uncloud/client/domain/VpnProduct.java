package uncloud.client.domain;

/** The prefix length of the network a {@link ProductKind#VPN} product hands out (e.g. 48). */
public record VpnProduct(long productId, int subnetworkSize) {}
