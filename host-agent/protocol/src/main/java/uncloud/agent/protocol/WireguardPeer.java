package uncloud.agent.protocol;

import java.util.List;

/** A WireGuard peer: its public key, the prefixes routed to it and, optionally, where to reach it (host:port). */
public record WireguardPeer(String publicKey, List<String> allowedIps, String endpoint) {
    public WireguardPeer {
        Checks.wireguardKey("publicKey", publicKey);
        allowedIps = Checks.list("allowedIps", allowedIps);
        for (int i = 0; i < allowedIps.size(); i++) {
            Checks.prefix("allowedIps[" + i + "]", allowedIps.get(i));
        }
        if (endpoint != null && !endpoint.matches("(\\[[0-9a-fA-F:.]+\\]|[A-Za-z0-9.-]{1,253}):\\d{1,5}")) {
            throw new ProtocolViolation(
                    "endpoint", "endpoint must be host:port or [ipv6]:port (got \"" + Checks.shorten(endpoint) + "\")");
        }
    }
}
