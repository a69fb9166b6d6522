package uncloud.agent.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uncloud.agent.host.Command;
import uncloud.agent.host.CommandFailedException;
import uncloud.agent.host.CommandRunner;
import uncloud.agent.links.LinkApplier;
import uncloud.agent.protocol.VmDisk;
import uncloud.agent.protocol.VmNic;
import uncloud.agent.protocol.VmSpec;

/**
 * Starts and stops VMs as daemonised qemu processes with a QMP socket and a pid file in the run directory. The pid
 * file outlives a crash (qemu removes it only on a clean exit), which is how a dead VM is told from a stopped one;
 * a dead VM is reported and left alone until someone asks for it again.
 */
public final class VmSupervisor {
    public static final String RUNNING = "running";
    public static final String STOPPED = "stopped";
    public static final String DIED = "died";

    private final CommandRunner runner;
    private final LinkApplier links;
    private final Path runDir;
    private final Duration powerdownTimeout;
    private final Map<String, String> dryRunStates = new HashMap<>();

    public VmSupervisor(CommandRunner runner, LinkApplier links, Path runDir, Duration powerdownTimeout) {
        this.runner = runner;
        this.links = links;
        this.runDir = runDir;
        this.powerdownTimeout = powerdownTimeout;
    }

    /** Brings the VM to its desired state; returns the commands run (none when it already is there). */
    public List<String> apply(String id, VmSpec spec) {
        List<String> ran = new ArrayList<>();
        for (int i = 0; i < spec.interfaces().size(); i++) {
            ran.addAll(links.ensureTap(
                    VmSpec.tapName(id, i), spec.interfaces().get(i).bridge()));
        }
        String actual = actualState(id);
        boolean up = actual.equals(RUNNING) || actual.equals("paused");
        if (spec.state().equals(RUNNING) && !up) {
            ran.addAll(start(id, spec));
        } else if (spec.state().equals(STOPPED) && up) {
            ran.addAll(stop(id));
        } else if (spec.state().equals(STOPPED) && actual.equals(DIED)) {
            forget(id);
        }
        return ran;
    }

    /** Stops the VM if it runs and removes its taps. */
    public List<String> remove(String id, VmSpec spec) {
        List<String> ran = new ArrayList<>();
        String actual = actualState(id);
        if (actual.equals(RUNNING) || actual.equals("paused")) {
            ran.addAll(stop(id));
        }
        forget(id);
        for (int i = 0; i < spec.interfaces().size(); i++) {
            ran.addAll(links.deleteTap(VmSpec.tapName(id, i)));
        }
        return ran;
    }

    /** {@code running}, {@code paused}, {@code stopped} or {@code died}. */
    public String actualState(String id) {
        if (!runner.live()) {
            return dryRunStates.getOrDefault(id, STOPPED);
        }
        Optional<ProcessHandle> process = process(id);
        if (process.isEmpty()) {
            return Files.exists(pidFile(id)) ? DIED : STOPPED;
        }
        try {
            String status = new QmpClient(qmpSocket(id), Duration.ofSeconds(5))
                    .execute("query-status")
                    .path("status")
                    .asText();
            return status.equals(RUNNING) ? RUNNING : "paused";
        } catch (IOException e) {
            // the process is there but does not answer: report it as running; a stop will end it
            return RUNNING;
        }
    }

    public Path qmpSocket(String id) {
        return runDir.resolve("vm-" + id + ".qmp");
    }

    public Path pidFile(String id) {
        return runDir.resolve("vm-" + id + ".pid");
    }

    private List<String> start(String id, VmSpec spec) {
        forget(id);
        List<String> argv = new ArrayList<>(List.of(
                "qemu-system-x86_64",
                "-name",
                "vm-" + id,
                "-accel",
                "kvm",
                "-accel",
                "tcg",
                "-m",
                Integer.toString(spec.memoryMib()),
                "-smp",
                Integer.toString(spec.cores()),
                "-nodefaults",
                "-display",
                "none",
                "-daemonize",
                "-pidfile",
                pidFile(id).toString(),
                "-qmp",
                "unix:" + qmpSocket(id) + ",server=on,wait=off"));
        for (VmDisk disk : spec.disks()) {
            argv.addAll(List.of("-drive", "file=" + disk.path() + ",format=" + disk.format() + ",if=virtio"));
        }
        for (int i = 0; i < spec.interfaces().size(); i++) {
            VmNic nic = spec.interfaces().get(i);
            argv.addAll(List.of(
                    "-netdev",
                    "tap,id=net" + i + ",ifname=" + VmSpec.tapName(id, i) + ",script=no,downscript=no",
                    "-device",
                    "virtio-net-pci,netdev=net" + i + ",mac=" + nic.mac()));
        }
        Command command = new Command(argv, "", Duration.ofSeconds(60));
        runner.runChecked(command);
        dryRunStates.put(id, RUNNING);
        return List.of(command.display());
    }

    /** ACPI powerdown, a grace period, then {@code quit}: a guest without ACPI support still ends. */
    private List<String> stop(String id) {
        List<String> ran = new ArrayList<>();
        if (!runner.live()) {
            dryRunStates.put(id, STOPPED);
            return List.of("qmp system_powerdown vm-" + id);
        }
        QmpClient qmp = new QmpClient(qmpSocket(id), Duration.ofSeconds(5));
        Optional<ProcessHandle> process = process(id);
        try {
            qmp.execute("system_powerdown");
            ran.add("qmp system_powerdown vm-" + id);
            if (process.isPresent() && !waitForExit(process.get(), powerdownTimeout)) {
                qmp.execute("quit");
                ran.add("qmp quit vm-" + id);
            }
        } catch (IOException e) {
            if (process.isPresent() && process.get().isAlive()) {
                throw new CommandFailedException("qmp vm-" + id, "cannot stop the VM", e.getMessage());
            }
        }
        if (process.isPresent() && !waitForExit(process.get(), Duration.ofSeconds(10))) {
            process.get().destroyForcibly();
            ran.add("kill -9 vm-" + id);
            waitForExit(process.get(), Duration.ofSeconds(5));
        }
        forget(id);
        return ran;
    }

    private void forget(String id) {
        dryRunStates.remove(id);
        try {
            Files.deleteIfExists(pidFile(id));
            Files.deleteIfExists(qmpSocket(id));
        } catch (IOException e) {
            throw new CommandFailedException("rm " + pidFile(id), "cannot remove", e.getMessage());
        }
    }

    private Optional<ProcessHandle> process(String id) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile(id)).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().command().orElse("").contains("qemu"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }
}
