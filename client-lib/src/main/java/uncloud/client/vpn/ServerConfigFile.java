package uncloud.client.vpn;

/** One wg-quick file for a VPN host: {@code /etc/wireguard/<interfaceName>.conf}. */
public record ServerConfigFile(String interfaceName, WgQuickConfig config) {
    public String fileName() {
        return interfaceName + ".conf";
    }
}
