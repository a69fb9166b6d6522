package uncloud.agent.firewall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uncloud.agent.protocol.FirewallInterface;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.InboundRule;
import uncloud.agent.protocol.IpPrefix;

/**
 * Renders a firewall state as one {@code nft -f} transaction: the complete versioned chain {@code netpublic-<v>}
 * with its helper chains and sets, the swap of the base chain's jumps, and the deletion of the previous version.
 *
 * <p>Per-interface facts live in sets keyed by interface name or MAC, so the rule count stays constant: a host with
 * thousands of VMs loads in well under a second, where one chain per interface took minutes (see
 * docs/decisions/agent-firewall-sets.md).
 */
public final class FirewallRenderer {
    public static final String TABLE = "bridge filter";
    private static final List<String> SETS =
            List.of("taps", "mac", "ip6", "ip4", "vmmac", "in6any", "in4any", "in6", "in4");

    private final FirewallFeatures features;

    public FirewallRenderer(FirewallFeatures features) {
        this.features = features;
    }

    public static String chain(long version) {
        return "netpublic-" + version;
    }

    /**
     * @param liveVersion the version live now (its chains and sets are deleted in the same transaction), or null to
     *     replace whatever the table holds
     */
    public String render(FirewallState state, Long liveVersion) {
        if (liveVersion != null && liveVersion >= state.version()) {
            throw new IllegalArgumentException(
                    "version " + state.version() + " must be higher than the live version " + liveVersion);
        }
        String p = chain(state.version());
        StringBuilder out = new StringBuilder(256 + state.interfaces().size() * 400);
        out.append("# uncloud-agent firewall version ").append(state.version());
        out.append(liveVersion == null ? " (replaces the whole table)" : " (replaces version " + liveVersion + ")");
        out.append('\n');
        out.append("add table ").append(TABLE).append('\n');
        if (liveVersion == null) {
            out.append("delete table ").append(TABLE).append('\n');
            out.append("add table ").append(TABLE).append('\n');
        }
        out.append("add chain ")
                .append(TABLE)
                .append(" prerouting { type filter hook prerouting priority -200; policy accept; }\n");
        renderSets(out, p, state.interfaces());
        renderOutChain(out, p);
        renderInChain(out, p);
        chainDecl(out, p);
        rule(out, p, "iifname @" + p + "-taps jump " + p + "-out");
        rule(out, p, "ether daddr @" + p + "-vmmac jump " + p + "-in");
        out.append("flush chain ").append(TABLE).append(" prerouting\n");
        if (features.bridgeName()) {
            TreeSet<String> bridges = new TreeSet<>();
            state.interfaces().forEach(nic -> bridges.add(nic.bridge()));
            for (String bridge : bridges) {
                rule(out, "prerouting", "meta ibrname \"" + bridge + "\" jump " + p);
            }
        } else {
            rule(out, "prerouting", "jump " + p);
        }
        if (liveVersion != null) {
            String old = chain(liveVersion);
            for (String name : List.of(old, old + "-out", old + "-in")) {
                out.append("delete chain ")
                        .append(TABLE)
                        .append(' ')
                        .append(name)
                        .append('\n');
            }
            for (String set : SETS) {
                out.append("delete set ")
                        .append(TABLE)
                        .append(' ')
                        .append(old)
                        .append('-')
                        .append(set)
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String chainDecl(StringBuilder out, String name) {
        out.append("add chain ").append(TABLE).append(' ').append(name).append('\n');
        return name;
    }

    private static void rule(StringBuilder out, String chain, String rule) {
        out.append("add rule ")
                .append(TABLE)
                .append(' ')
                .append(chain)
                .append(' ')
                .append(rule)
                .append('\n');
    }

    /** A VM interface may only send with its MAC and from its prefixes; link-local and :: (DAD) stay open for ND. */
    private static void renderOutChain(StringBuilder out, String p) {
        String c = chainDecl(out, p + "-out");
        rule(out, c, "iifname . ether saddr != @" + p + "-mac drop");
        rule(out, c, "icmpv6 type nd-router-advert drop");
        rule(out, c, "udp sport { 67, 547 } drop");
        rule(out, c, "ip6 saddr { ::, fe80::/10 } return");
        rule(out, c, "iifname . ip6 saddr != @" + p + "-ip6 drop");
        rule(out, c, "iifname . ip saddr != @" + p + "-ip4 drop");
        rule(out, c, "iifname . arp saddr ip != @" + p + "-ip4 drop");
        rule(out, c, "iifname . arp saddr ether != @" + p + "-mac drop");
        rule(out, c, "ether type != { ip, ip6, arp } drop");
    }

    private void renderInChain(StringBuilder out, String p) {
        String c = chainDecl(out, p + "-in");
        rule(out, c, "ether type != { ip, ip6 } accept");
        rule(out, c, "meta l4proto { icmp, ipv6-icmp } accept");
        if (features.conntrack()) {
            rule(out, c, "ct state established,related accept");
        } else {
            // Without bridge conntrack, replies to the VM's own connections are recognised statelessly.
            rule(out, c, "tcp flags & (syn | ack) != syn accept");
            rule(out, c, "udp dport 32768-60999 accept");
        }
        rule(out, c, "ether type ip6 ether daddr . meta l4proto . th dport @" + p + "-in6any accept");
        rule(out, c, "ether type ip ether daddr . meta l4proto . th dport @" + p + "-in4any accept");
        rule(out, c, "ether daddr . ip6 saddr . meta l4proto . th dport @" + p + "-in6 accept");
        rule(out, c, "ether daddr . ip saddr . meta l4proto . th dport @" + p + "-in4 accept");
        rule(out, c, "drop");
    }

    private static void renderSets(StringBuilder out, String p, List<FirewallInterface> interfaces) {
        List<String> taps = new ArrayList<>();
        List<String> macs = new ArrayList<>();
        List<String> ip6 = new ArrayList<>();
        List<String> ip4 = new ArrayList<>();
        List<String> vmmacs = new ArrayList<>();
        List<String> in6any = new ArrayList<>();
        List<String> in4any = new ArrayList<>();
        List<String> in6 = new ArrayList<>();
        List<String> in4 = new ArrayList<>();
        // thousands of interfaces share a handful of rules: parse each distinct rule once
        Map<InboundRule, RuleElements> parsedRules = new HashMap<>();
        for (FirewallInterface nic : interfaces) {
            String name = '"' + nic.name() + '"';
            taps.add(name);
            macs.add(name + " . " + nic.mac());
            vmmacs.add(nic.mac());
            nic.ipv6().forEach(prefix -> ip6.add(name + " . " + prefix));
            nic.ipv4().forEach(prefix -> ip4.add(name + " . " + prefix));
            String mac = nic.mac() + " . ";
            for (InboundRule rule : nic.inbound()) {
                RuleElements elements = parsedRules.computeIfAbsent(rule, RuleElements::of);
                elements.fromAnyone().forEach(suffix -> (elements.ipv6() ? in6any : in4any).add(mac + suffix));
                elements.fromPrefix().forEach(suffix -> (elements.ipv6() ? in6 : in4).add(mac + suffix));
            }
        }
        set(out, p + "-taps", "ifname", false, taps);
        set(out, p + "-mac", "ifname . ether_addr", false, macs);
        set(out, p + "-ip6", "ifname . ipv6_addr", true, ip6);
        set(out, p + "-ip4", "ifname . ipv4_addr", true, ip4);
        set(out, p + "-vmmac", "ether_addr", false, vmmacs);
        set(out, p + "-in6any", "ether_addr . inet_proto . inet_service", false, in6any);
        set(out, p + "-in4any", "ether_addr . inet_proto . inet_service", false, in4any);
        set(out, p + "-in6", "ether_addr . ipv6_addr . inet_proto . inet_service", true, in6);
        set(out, p + "-in4", "ether_addr . ipv4_addr . inet_proto . inet_service", true, in4);
    }

    /**
     * The parts of a rule's set elements after the MAC: single ports open to everyone go to the hash sets, the rest
     * (ranges, or limited to a source prefix) to the interval sets.
     */
    private record RuleElements(boolean ipv6, List<String> fromAnyone, List<String> fromPrefix) {
        static RuleElements of(InboundRule rule) {
            IpPrefix from = rule.fromPrefix();
            List<String> anyone = new ArrayList<>();
            List<String> limited = new ArrayList<>();
            for (InboundRule.PortRange ports : rule.portRanges()) {
                if (from.length() == 0 && ports.single()) {
                    anyone.add(rule.protocol() + " . " + ports);
                } else {
                    limited.add(from + " . " + rule.protocol() + " . " + ports);
                }
            }
            return new RuleElements(from.ipv6(), List.copyOf(anyone), List.copyOf(limited));
        }
    }

    private static void set(StringBuilder out, String name, String type, boolean interval, List<String> elements) {
        out.append("add set ")
                .append(TABLE)
                .append(' ')
                .append(name)
                .append(" { type ")
                .append(type)
                .append(';');
        if (interval) {
            out.append(" flags interval;");
        }
        if (!elements.isEmpty()) {
            out.append(" elements = { ");
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(elements.get(i));
            }
            out.append(" };");
        }
        out.append(" }\n");
    }
}
