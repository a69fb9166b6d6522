package uncloud.agent.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uncloud.agent.FirewallFixtures;
import uncloud.agent.host.DryRunCommandRunner;
import uncloud.agent.protocol.ApplyResult;
import uncloud.agent.protocol.FirewallState;

class FirewallApplierTest {
    private final DryRunCommandRunner runner = new DryRunCommandRunner();
    private final FirewallApplier applier =
            new FirewallApplier(runner, FirewallFeatures.MINIMAL, Duration.ofSeconds(5));

    @Test
    void checksTheTransactionWithNftBeforeRunningIt() {
        FirewallState state = FirewallFixtures.state(1, 2, FirewallFixtures.webAndDns());

        ApplyResult result = applier.apply(state);

        assertThat(result).isEqualTo(new ApplyResult(true, List.of("nft -c -f /dev/stdin", "nft -f /dev/stdin")));
        assertThat(runner.recorded().get(0).stdin())
                .isEqualTo(runner.recorded().get(1).stdin())
                .isEqualTo(new FirewallRenderer(FirewallFeatures.MINIMAL).render(state, null));
    }

    @Test
    void applyingTheSameStateTwiceRunsNoCommand() {
        FirewallState state = FirewallFixtures.state(1, 2, FirewallFixtures.webAndDns());
        applier.apply(state);
        runner.clear();

        ApplyResult again = applier.apply(state);

        assertThat(again).isEqualTo(new ApplyResult(false, List.of()));
        assertThat(runner.recorded()).isEmpty();
    }

    @Test
    void theSecondVersionReplacesTheFirst() {
        applier.apply(FirewallFixtures.state(1, 2, List.of()));
        runner.clear();

        applier.apply(FirewallFixtures.state(2, 2, List.of()));

        assertThat(runner.recorded().get(1).stdin()).contains("delete chain bridge filter netpublic-1\n");
    }

    @Test
    void aPreviewShowsTransactionAndDiffAndChangesNothing() {
        applier.apply(FirewallFixtures.state(1, 1, List.of()));
        runner.clear();

        var preview = applier.preview(FirewallFixtures.state(2, 2, List.of()));

        assertThat(preview.liveVersion()).isEqualTo(1L);
        assertThat(preview.transaction()).contains("add rule bridge filter prerouting jump netpublic-2\n");
        assertThat(preview.diff()).startsWith("+ v000000000201 bridge br100\n");
        assertThat(runner.recorded()).isEmpty();
        assertThat(applier.live().version()).isEqualTo(1);
    }
}
