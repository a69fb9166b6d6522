package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Traffic a VM interface allows. {@code protocol} is one of any, tcp, udp, icmp, icmpv6; {@code remote}
 * a prefix or null for anywhere; ports only for tcp and udp ({@code portTo} null for a single port).
 */
public record FirewallRule(
        long id,
        long vmInterfaceId,
        TrafficDirection direction,
        String protocol,
        String remote,
        Integer portFrom,
        Integer portTo,
        String description,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public FirewallRule {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(description, "description");
    }

    public static FirewallRule create(
            long vmInterfaceId,
            TrafficDirection direction,
            String protocol,
            String remote,
            Integer portFrom,
            Integer portTo,
            String description) {
        return new FirewallRule(
                0, vmInterfaceId, direction, protocol, remote, portFrom, portTo, description, null, null, 0);
    }
}
