package uncloud.agent.firewall;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import uncloud.agent.protocol.FirewallInterface;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.InboundRule;

/** Explains a firewall change per interface, one fact a line, so staff can review it before it goes live. */
public final class FirewallDiff {
    private FirewallDiff() {}

    /** Lines starting with {@code -} leave, {@code +} arrive; facts that stay are not listed. Empty when equal. */
    public static String between(FirewallState live, FirewallState next) {
        TreeMap<String, Set<String>> before = facts(live);
        TreeMap<String, Set<String>> after = facts(next);
        Set<String> names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            Set<String> old = before.getOrDefault(name, Set.of());
            Set<String> now = after.getOrDefault(name, Set.of());
            old.stream().filter(fact -> !now.contains(fact)).forEach(fact -> lines.add("- " + name + " " + fact));
            now.stream().filter(fact -> !old.contains(fact)).forEach(fact -> lines.add("+ " + name + " " + fact));
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static TreeMap<String, Set<String>> facts(FirewallState state) {
        TreeMap<String, Set<String>> facts = new TreeMap<>();
        if (state == null) {
            return facts;
        }
        for (FirewallInterface nic : state.interfaces()) {
            Set<String> lines = new LinkedHashSet<>();
            lines.add("bridge " + nic.bridge());
            lines.add("mac " + nic.mac());
            nic.ipv6().forEach(prefix -> lines.add("ipv6 " + prefix));
            nic.ipv4().forEach(prefix -> lines.add("ipv4 " + prefix));
            for (InboundRule rule : nic.inbound()) {
                lines.add("inbound " + rule.protocol() + " " + rule.ports() + " from " + rule.from());
            }
            facts.put(nic.name(), lines);
        }
        return facts;
    }
}
