package uncloud.agent.hostlevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uncloud.agent.ApiException;
import uncloud.agent.FirewallFixtures;
import uncloud.agent.firewall.FirewallApplier;
import uncloud.agent.firewall.FirewallFeatures;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.InboundRule;

/** Real nft in a namespace of its own: versions 1 → 2 → (broken) → 3. */
class NftVersionSwapTest {
    private Netns ns;
    private FirewallApplier applier;

    @BeforeEach
    void createNamespace() {
        Netns.assumeHostTools("ip", "nft");
        ns = Netns.create();
        applier = new FirewallApplier(ns.runner, FirewallFeatures.probe(ns.runner), Duration.ofSeconds(30));
    }

    @AfterEach
    void deleteNamespace() {
        if (ns != null) {
            ns.close();
        }
    }

    @Test
    void eachVersionReplacesThePreviousAndABrokenOneLeavesTheLiveVersionInPlace() {
        applier.apply(FirewallFixtures.state(1, 3, FirewallFixtures.webAndDns()));
        assertThat(chains())
                .containsExactlyInAnyOrder("prerouting", "netpublic-1", "netpublic-1-out", "netpublic-1-in");

        applier.apply(FirewallFixtures.state(2, 4, FirewallFixtures.webAndDns()));
        assertThat(chains())
                .containsExactlyInAnyOrder("prerouting", "netpublic-2", "netpublic-2-out", "netpublic-2-in");
        assertThat(ns.run("nft", "list", "chain", "bridge", "filter", "prerouting"))
                .contains("jump netpublic-2");
        String liveRuleset = ns.run("nft", "list", "ruleset");

        // Overlapping port ranges pass the shape checks, but nft refuses them: in the preview's check, and in the
        // apply's one transaction, which the kernel aborts as a whole.
        FirewallState broken = FirewallFixtures.state(
                3, 4, List.of(new InboundRule("tcp", "1-100", "::/0"), new InboundRule("tcp", "50-200", "::/0")));
        ApiException previewRefused = assertThrows(ApiException.class, () -> applier.preview(broken));
        assertThat(previewRefused.getMessage()).startsWith("nft refused version 3 (version 2 stays live): ");
        ApiException refused = assertThrows(ApiException.class, () -> applier.apply(broken));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.getMessage()).contains("nft refused version 3");
        assertThat(ns.run("nft", "list", "ruleset")).isEqualTo(liveRuleset);
        assertThat(applier.live().version()).isEqualTo(2);

        applier.apply(FirewallFixtures.state(3, 2, FirewallFixtures.webAndDns()));
        assertThat(chains())
                .containsExactlyInAnyOrder("prerouting", "netpublic-3", "netpublic-3-out", "netpublic-3-in");
        assertThat(ns.run("nft", "list", "sets", "bridge")).doesNotContain("netpublic-2");
        assertThat(ns.run("nft", "list", "set", "bridge", "filter", "netpublic-3-taps"))
                .contains("\"v000000000101\"", "\"v000000000201\"")
                .doesNotContain("v000000000301");
    }

    private List<String> chains() {
        return ns.run("nft", "list", "chains", "bridge")
                .lines()
                .map(String::trim)
                .filter(line -> line.startsWith("chain "))
                .map(line -> line.split(" ")[1])
                .toList();
    }
}
