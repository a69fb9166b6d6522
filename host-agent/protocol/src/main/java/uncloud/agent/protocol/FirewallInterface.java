package uncloud.agent.protocol;

import java.util.List;

/**
 * One VM interface (tap) the firewall guards: it may only send with {@code mac} and from its own prefixes, and
 * accepts what {@code inbound} allows.
 */
public record FirewallInterface(
        String name, String bridge, String mac, List<String> ipv6, List<String> ipv4, List<InboundRule> inbound) {
    public FirewallInterface {
        Checks.interfaceName("name", name);
        Checks.interfaceName("bridge", bridge);
        Checks.mac("mac", mac);
        ipv6 = Checks.prefixes("ipv6", ipv6, true);
        ipv4 = Checks.prefixes("ipv4", ipv4, false);
        inbound = Checks.list("inbound", inbound);
    }
}
