package uncloud.agent.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import uncloud.agent.ApiException;
import uncloud.agent.FirewallFixtures;
import uncloud.agent.host.CommandResult;
import uncloud.agent.host.DryRunCommandRunner;
import uncloud.agent.protocol.ApplyResult;
import uncloud.agent.protocol.FirewallState;

class FirewallApplierTest {
    private final DryRunCommandRunner runner = new DryRunCommandRunner();
    private final FirewallApplier applier =
            new FirewallApplier(runner, FirewallFeatures.MINIMAL, Duration.ofSeconds(5));

    @Test
    void appliesTheWholeTransactionWithOneNftFile() {
        FirewallState state = FirewallFixtures.state(1, 2, FirewallFixtures.webAndDns());

        ApplyResult result = applier.apply(state);

        assertThat(result).isEqualTo(new ApplyResult(true, List.of("nft -f /dev/stdin")));
        assertThat(runner.recordedLines()).containsExactly("nft -f /dev/stdin");
        assertThat(runner.recorded().get(0).stdin())
                .isEqualTo(new FirewallRenderer(FirewallFeatures.MINIMAL).render(state, null));
    }

    @Test
    void aTransactionNftRefusesAnswers422AndKeepsThePreviousVersionLive() {
        AtomicBoolean refuse = new AtomicBoolean();
        FirewallApplier applier = new FirewallApplier(
                command -> refuse.get()
                        ? new CommandResult(1, "Error: Could not process rule: File exists\n")
                        : new CommandResult(0, ""),
                FirewallFeatures.MINIMAL,
                Duration.ofSeconds(5));
        applier.apply(FirewallFixtures.state(1, 2, List.of()));
        refuse.set(true);

        ApiException e = assertThrows(ApiException.class, () -> applier.apply(FirewallFixtures.state(2, 2, List.of())));

        assertThat(e.status()).isEqualTo(422);
        assertThat(e.code()).isEqualTo("firewall_rejected");
        assertThat(e.getMessage())
                .isEqualTo("nft refused version 2 (version 1 stays live): Error: Could not process rule: File exists");
        assertThat(applier.live().version()).isEqualTo(1);
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

        assertThat(runner.recorded().get(0).stdin()).contains("delete chain bridge filter netpublic-1\n");
    }

    @Test
    void aPreviewChecksTheTransactionWithNftAndChangesNothing() {
        applier.apply(FirewallFixtures.state(1, 1, List.of()));
        runner.clear();

        var preview = applier.preview(FirewallFixtures.state(2, 2, List.of()));

        assertThat(preview.liveVersion()).isEqualTo(1L);
        assertThat(preview.transaction()).contains("add rule bridge filter prerouting jump netpublic-2\n");
        assertThat(preview.diff()).startsWith("+ v000000000201 bridge br100\n");
        assertThat(runner.recordedLines()).containsExactly("nft -c -f /dev/stdin");
        assertThat(runner.recorded().get(0).stdin()).isEqualTo(preview.transaction());
        assertThat(applier.live().version()).isEqualTo(1);
    }
}
