package uncloud.agent.hostlevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.agent.Agent;
import uncloud.agent.protocol.ApplyResult;
import uncloud.agent.protocol.VmNic;
import uncloud.agent.protocol.VmSpec;
import uncloud.agent.protocol.VmStatus;
import uncloud.agent.state.StateStore;

/** Bridges, taps and a real qemu VM, driven through the agent inside a namespace of its own. */
class VmAndLinksTest {
    private static final String ID = "00000000c1";

    @TempDir
    Path dir;

    private Netns ns;
    private Agent agent;

    @BeforeEach
    void createNamespace() throws IOException {
        Netns.assumeHostTools("ip", "qemu-system-x86_64");
        ns = Netns.create();
        agent = new Agent(
                ns.runner,
                new StateStore(dir.resolve("state.json")),
                dir,
                "test-host",
                List.of("qemu"),
                Duration.ofMillis(500));
    }

    @AfterEach
    void stopEverything() {
        if (agent != null) {
            agent.deleteVm(ID);
        }
        if (ns != null) {
            ns.close();
        }
    }

    @Test
    void aVmGetsItsBridgeAndTapsStartsAndStopsThroughQmp() {
        VmSpec running = spec("running");

        ApplyResult started = agent.putVm(ID, running);

        assertThat(started.changed()).isTrue();
        assertThat(ns.run("ip", "-o", "link", "show", "dev", "v00000000c100")).contains("master brc1");
        assertThat(ns.run("ip", "-o", "link", "show", "dev", "v00000000c101")).contains("master brc1");
        assertThat(agent.vms().vms())
                .containsExactly(new VmStatus(ID, "running", "running", List.of("v00000000c100", "v00000000c101")));
        assertThat(agent.putVm(ID, running)).isEqualTo(new ApplyResult(false, List.of()));

        ApplyResult stopped = agent.putVm(ID, spec("stopped"));

        // no guest OS answers the ACPI button, so the grace period ends with quit
        assertThat(stopped.commands()).containsExactly("qmp system_powerdown vm-" + ID, "qmp quit vm-" + ID);
        assertThat(agent.vms().vms().get(0).actualState()).isEqualTo("stopped");
    }

    @Test
    void aVmWhoseProcessDiedIsReportedAndNotRestarted() throws IOException {
        agent.putVm(ID, spec("running"));
        long pid = Long.parseLong(
                Files.readString(dir.resolve("vm-" + ID + ".pid")).trim());

        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        waitUntilGone(pid);

        assertThat(agent.vms().vms().get(0).actualState()).isEqualTo("died");
        assertThat(agent.reapply())
                .containsExactly("VM " + ID + " died while the agent was away; it stays down until asked");
        assertThat(agent.vms().vms().get(0).actualState()).isEqualTo("died");
    }

    private static VmSpec spec(String state) {
        return new VmSpec(
                state,
                1,
                64,
                List.of(),
                List.of(new VmNic("brc1", "02:00:00:00:0c:10"), new VmNic("brc1", "02:00:00:00:0c:11")));
    }

    private static void waitUntilGone(long pid) {
        for (int i = 0;
                i < 200 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
