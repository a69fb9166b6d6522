package uncloud.agent.firewall;

import uncloud.agent.host.Command;
import uncloud.agent.host.CommandRunner;

/**
 * What the host's kernel offers the bridge family. Both are optional kernel modules ({@code nft_meta_bridge},
 * {@code nf_conntrack_bridge}); without them the renderer falls back to one jump for all bridges and to stateless
 * inbound rules.
 *
 * @param bridgeName {@code meta ibrname} works, so the base chain can jump per bridge
 * @param conntrack {@code ct state} works in the bridge family, so replies to a VM's own connections are recognised
 */
public record FirewallFeatures(boolean bridgeName, boolean conntrack) {
    public static final FirewallFeatures FULL = new FirewallFeatures(true, true);
    public static final FirewallFeatures MINIMAL = new FirewallFeatures(false, false);

    public static FirewallFeatures probe(CommandRunner runner) {
        if (!runner.live()) {
            return MINIMAL;
        }
        return new FirewallFeatures(
                accepts(runner, "meta ibrname \"br0\" accept"), accepts(runner, "ct state established accept"));
    }

    private static boolean accepts(CommandRunner runner, String rule) {
        String probe = "add table bridge uncloud-probe\n"
                + "add chain bridge uncloud-probe c { type filter hook prerouting priority -200; policy accept; }\n"
                + "add rule bridge uncloud-probe c " + rule + "\n";
        return runner.run(Command.of("nft", "-c", "-f", "/dev/stdin").withStdin(probe))
                .succeeded();
    }
}
