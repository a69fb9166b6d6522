package uncloud.agent.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uncloud.agent.FirewallFixtures;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.InboundRule;

class FirewallDiffTest {
    @Test
    void listsWhatLeavesAndWhatArrivesPerInterface() {
        FirewallState live = FirewallFixtures.state(1, 2, List.of(new InboundRule("tcp", "22", "::/0")));
        FirewallState next = new FirewallState(
                2,
                List.of(
                        FirewallFixtures.vmInterface(1, List.of(new InboundRule("tcp", "22,443", "::/0"))),
                        FirewallFixtures.vmInterface(3, List.of())));

        assertThat(FirewallDiff.between(live, next)).isEqualTo("""
                        - v000000000101 inbound tcp 22 from ::/0
                        + v000000000101 inbound tcp 22,443 from ::/0
                        - v000000000201 bridge br100
                        - v000000000201 mac 02:00:00:00:00:02
                        - v000000000201 ipv6 2a0a:e5c1:2::/64
                        - v000000000201 ipv4 10.0.2.1/32
                        - v000000000201 inbound tcp 22 from ::/0
                        + v000000000301 bridge br100
                        + v000000000301 mac 02:00:00:00:00:03
                        + v000000000301 ipv6 2a0a:e5c1:3::/64
                        + v000000000301 ipv4 10.0.3.1/32
                        """);
    }

    @Test
    void equalRulesUnderANewVersionHaveNoDiff() {
        assertThat(FirewallDiff.between(
                        FirewallFixtures.state(1, 3, FirewallFixtures.webAndDns()),
                        FirewallFixtures.state(2, 3, FirewallFixtures.webAndDns())))
                .isEmpty();
    }
}
