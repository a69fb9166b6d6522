package uncloud.agent.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uncloud.agent.host.DryRunCommandRunner;
import uncloud.agent.links.LinkApplier;
import uncloud.agent.protocol.VmDisk;
import uncloud.agent.protocol.VmNic;
import uncloud.agent.protocol.VmSpec;

class VmSupervisorTest {
    private final DryRunCommandRunner runner = new DryRunCommandRunner();
    private final VmSupervisor supervisor =
            new VmSupervisor(runner, new LinkApplier(runner), Path.of("/run/uncloud-agent"), Duration.ofSeconds(1));
    private final VmSpec spec = new VmSpec(
            "running",
            2,
            1024,
            List.of(new VmDisk("/var/lib/uncloud/vm-000000002a.qcow2", "qcow2")),
            List.of(new VmNic("br100", "02:00:00:00:00:2a")));

    @Test
    void startsQemuWithQmpSocketTapAndBothAccelerators() {
        List<String> ran = supervisor.apply("000000002a", spec);

        assertThat(ran)
                .containsExactly(
                        "ip link add name br100 type bridge",
                        "ip link set dev br100 up",
                        "ip tuntap add dev v000000002a00 mode tap",
                        "ip link set dev v000000002a00 master br100 up",
                        "qemu-system-x86_64 -name vm-000000002a -accel kvm -accel tcg -m 1024 -smp 2 -nodefaults"
                                + " -display none -daemonize -pidfile /run/uncloud-agent/vm-000000002a.pid"
                                + " -qmp unix:/run/uncloud-agent/vm-000000002a.qmp,server=on,wait=off"
                                + " -drive file=/var/lib/uncloud/vm-000000002a.qcow2,format=qcow2,if=virtio"
                                + " -netdev tap,id=net0,ifname=v000000002a00,script=no,downscript=no"
                                + " -device virtio-net-pci,netdev=net0,mac=02:00:00:00:00:2a");
    }

    @Test
    void theSameDesiredStateTwiceRunsNothing() {
        supervisor.apply("000000002a", spec);

        assertThat(supervisor.apply("000000002a", spec)).isEmpty();
    }

    @Test
    void aSecondVmOnTheSameBridgeOnlyAddsItsTap() {
        supervisor.apply("000000002a", spec);

        List<String> ran = supervisor.apply(
                "000000002b",
                new VmSpec("stopped", 1, 512, List.of(), List.of(new VmNic("br100", "02:00:00:00:00:2b"))));

        assertThat(ran)
                .containsExactly(
                        "ip tuntap add dev v000000002b00 mode tap", "ip link set dev v000000002b00 master br100 up");
    }
}
