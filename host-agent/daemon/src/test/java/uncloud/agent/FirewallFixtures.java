package uncloud.agent;

import java.util.ArrayList;
import java.util.List;
import uncloud.agent.protocol.FirewallInterface;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.InboundRule;

/** Firewall states for tests: interface {@code i} of VM {@code i} on bridge {@code br100}. */
public final class FirewallFixtures {
    private FirewallFixtures() {}

    public static FirewallInterface vmInterface(int i, List<InboundRule> inbound) {
        return new FirewallInterface(
                String.format("v%010x01", i),
                "br100",
                String.format("02:00:%02x:%02x:%02x:%02x", (i >> 24) & 255, (i >> 16) & 255, (i >> 8) & 255, i & 255),
                List.of(String.format("2a0a:e5c1:%x::/64", i)),
                List.of(String.format("10.%d.%d.1/32", (i >> 8) & 255, i & 255)),
                inbound);
    }

    public static FirewallState state(long version, int interfaces, List<InboundRule> inbound) {
        List<FirewallInterface> list = new ArrayList<>();
        for (int i = 1; i <= interfaces; i++) {
            list.add(vmInterface(i, inbound));
        }
        return new FirewallState(version, list);
    }

    public static List<InboundRule> webAndDns() {
        return List.of(
                new InboundRule("tcp", "22,80,443", "::/0"),
                new InboundRule("udp", "53", "0.0.0.0/0"),
                new InboundRule("tcp", "8000-8080", "2001:db8::/32"));
    }
}
