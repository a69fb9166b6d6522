package uncloud.agent.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uncloud.agent.FirewallFixtures;
import uncloud.agent.protocol.FirewallInterface;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.InboundRule;

class FirewallRendererTest {
    private static final FirewallState TWO_VMS = new FirewallState(
            11,
            List.of(
                    FirewallFixtures.vmInterface(0x2a, FirewallFixtures.webAndDns()),
                    new FirewallInterface(
                            "v000000002b01",
                            "br200",
                            "02:00:00:00:00:2b",
                            List.of("2a0a:e5c1:111:c::/64", "2a0a:e5c1:999::/48"),
                            List.of(),
                            List.of(new InboundRule("udp", "51820", "::/0")))));

    @Test
    void aFirstVersionReplacesTheWholeTableInOneTransaction() throws IOException {
        assertThat(new FirewallRenderer(FirewallFeatures.MINIMAL).render(TWO_VMS, null))
                .isEqualTo(golden("first-version-minimal.nft"));
    }

    @Test
    void aNewVersionSwapsTheJumpAndDeletesTheLiveVersionsChainsAndSets() throws IOException {
        assertThat(new FirewallRenderer(FirewallFeatures.MINIMAL).render(TWO_VMS, 10L))
                .isEqualTo(golden("swap-from-10-minimal.nft"));
    }

    @Test
    void withBridgeNamesAndConntrackTheBaseChainJumpsPerBridgeAndInboundIsStateful() throws IOException {
        assertThat(new FirewallRenderer(FirewallFeatures.FULL).render(TWO_VMS, 10L))
                .isEqualTo(golden("swap-from-10-full.nft"));
    }

    @Test
    void anEmptyStateStillRendersAllChainsAndSetsSoTheNextSwapFindsThem() {
        String text = new FirewallRenderer(FirewallFeatures.MINIMAL).render(new FirewallState(1, List.of()), null);

        assertThat(text)
                .contains("add set bridge filter netpublic-1-taps { type ifname; }\n")
                .contains("add rule bridge filter prerouting jump netpublic-1\n");
    }

    @Test
    void aVersionNotAboveTheLiveOneCannotBeRendered() {
        FirewallRenderer renderer = new FirewallRenderer(FirewallFeatures.MINIMAL);

        assertThrows(IllegalArgumentException.class, () -> renderer.render(TWO_VMS, 11L));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = FirewallRendererTest.class.getResourceAsStream("/firewall/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
