package uncloud.agent.hostlevel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicInteger;
import uncloud.agent.host.Capabilities;
import uncloud.agent.host.Command;
import uncloud.agent.host.ProcessCommandRunner;

/** A network namespace a test creates for itself (unique per run) and deletes afterwards. */
final class Netns implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final String name;
    final ProcessCommandRunner runner;

    private Netns(String name) {
        this.name = name;
        this.runner = new ProcessCommandRunner(name);
    }

    /** Skips the calling test, with the reason printed, unless root and every tool are there. */
    static void assumeHostTools(String... programs) {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            System.out.println("SKIPPED host-level test: not running as root");
        }
        assumeTrue(root, "host-level tests need root (ip netns add)");
        for (String program : programs) {
            boolean found = Capabilities.onPath(program);
            if (!found) {
                System.out.println("SKIPPED host-level test: " + program + " is not installed");
            }
            assumeTrue(found, program + " is not installed");
        }
    }

    static Netns create() {
        String name = "uc" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
        new ProcessCommandRunner().runChecked(Command.of("ip", "netns", "add", name));
        Netns ns = new Netns(name);
        ns.runner.runChecked(Command.of("ip", "link", "set", "lo", "up"));
        return ns;
    }

    String run(String... argv) {
        return runner.runChecked(Command.of(argv));
    }

    @Override
    public void close() {
        new ProcessCommandRunner().run(Command.of("ip", "netns", "delete", name));
    }
}
