package uncloud.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.agent.host.CommandResult;
import uncloud.agent.host.CommandRunner;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.VmDisk;
import uncloud.agent.protocol.VmNic;
import uncloud.agent.protocol.VmSpec;
import uncloud.agent.state.StateStore;

class AgentTest {
    @TempDir
    Path dir;

    /** Pretends to be the real host (so disk checks apply) and remembers every command. */
    private final List<String> ran = new ArrayList<>();

    private final CommandRunner host = command -> {
        ran.add(command.display());
        return new CommandResult(0, "");
    };

    @Test
    void aVmWithAMissingDiskImageIsRefusedBeforeAnyTapIsMade() throws IOException {
        Agent agent = agent();
        VmSpec spec = new VmSpec(
                "running",
                1,
                256,
                List.of(new VmDisk(dir.resolve("missing.qcow2").toString(), "qcow2")),
                List.of(new VmNic("br100", "02:00:00:00:00:2a")));

        ApiException e = assertThrows(ApiException.class, () -> agent.putVm("000000002a", spec));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.field()).isEqualTo("disks[0].path");
        assertThat(ran).isEmpty();
    }

    @Test
    void aSameVersionWithOtherRulesIsAConflict() throws IOException {
        Agent agent = agent();
        agent.applyFirewall(FirewallFixtures.state(3, 1, List.of()));

        ApiException e =
                assertThrows(ApiException.class, () -> agent.applyFirewall(FirewallFixtures.state(3, 2, List.of())));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.getMessage()).isEqualTo("version 3 is live with other rules; send the change as version 4");
    }

    @Test
    void aFailedApplyKeepsThePersistedStateAndAnswersWithTheCommandsOutput() throws IOException {
        CommandRunner failing =
                command -> new CommandResult(1, "Error: Could not process rule: No buffer space available");
        StateStore store = new StateStore(dir.resolve("state.json"));
        Agent agent = new Agent(failing, store, dir, "test", List.of(), Duration.ZERO);

        Exception e = assertThrows(RuntimeException.class, () -> agent.applyFirewall(new FirewallState(1, List.of())));

        assertThat(e.getMessage()).contains("No buffer space available");
        assertThat(store.load().firewall()).isNull();
    }

    @Test
    void healthAnswersWhileAnApplyIsRunning() throws Exception {
        CountDownLatch nftStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CommandRunner slowNft = command -> {
            nftStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new CommandResult(0, "");
        };
        Agent agent =
                new Agent(slowNft, new StateStore(dir.resolve("state.json")), dir, "test", List.of(), Duration.ZERO);
        Thread apply = new Thread(() -> agent.applyFirewall(new FirewallState(1, List.of())));
        apply.start();
        nftStarted.await(10, TimeUnit.SECONDS);

        long start = System.nanoTime();
        assertThat(agent.health().firewallVersion()).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

        release.countDown();
        apply.join(10_000);
        assertThat(agent.health().firewallVersion()).isEqualTo(1L);
    }

    private Agent agent() throws IOException {
        return new Agent(host, new StateStore(dir.resolve("state.json")), dir, "test", List.of(), Duration.ZERO);
    }
}
