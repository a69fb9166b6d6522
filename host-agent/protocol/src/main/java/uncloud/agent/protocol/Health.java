package uncloud.agent.protocol;

import java.util.List;

/**
 * What {@code GET /v1/health} answers.
 *
 * @param capabilities tools found on the host: {@code nft}, {@code qemu}, {@code kvm}, {@code wg}, {@code wireguard-go}
 * @param firewallVersion the firewall version applied, or null
 */
public record Health(
        String agentVersion,
        String hostName,
        boolean dryRun,
        List<String> capabilities,
        Long firewallVersion,
        List<String> vms,
        List<String> wireguardInterfaces) {
    public Health {
        capabilities = List.copyOf(capabilities);
        vms = List.copyOf(vms);
        wireguardInterfaces = List.copyOf(wireguardInterfaces);
    }
}
