package uncloud.agent.wireguard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uncloud.agent.host.Command;
import uncloud.agent.host.CommandRunner;
import uncloud.agent.protocol.WireguardSpec;

/**
 * Brings a WireGuard interface to its desired configuration with {@code wg syncconf}, which changes peers without
 * dropping the sessions of the others. The interface is a kernel one when the kernel has WireGuard, otherwise
 * {@code wireguard-go} provides it. The private key travels on standard input only.
 */
public final class WireguardApplier {
    private final CommandRunner runner;
    private final Map<String, WireguardSpec> live = new HashMap<>();

    public WireguardApplier(CommandRunner runner) {
        this.runner = runner;
    }

    public List<String> apply(String name, WireguardSpec spec) {
        WireguardSpec previous = live.get(name);
        if (spec.equals(previous)) {
            return List.of();
        }
        List<String> ran = new ArrayList<>();
        if (previous == null && !(runner.live() && exists(name))) {
            create(name, ran);
        }
        run(ran, Command.of("wg", "syncconf", name, "/dev/stdin").withStdin(WireguardRenderer.render(spec)));
        if (previous != null) {
            for (String address : previous.addresses()) {
                if (!spec.addresses().contains(address)) {
                    run(ran, Command.of("ip", "address", "del", address, "dev", name));
                }
            }
        }
        for (String address : spec.addresses()) {
            if (previous == null || !previous.addresses().contains(address)) {
                run(ran, Command.of("ip", "address", "replace", address, "dev", name));
            }
        }
        if (previous == null) {
            run(ran, Command.of("ip", "link", "set", "dev", name, "up"));
        }
        live.put(name, spec);
        return ran;
    }

    private boolean exists(String name) {
        return runner.run(Command.of("ip", "link", "show", "dev", name)).succeeded();
    }

    private void create(String name, List<String> ran) {
        Command kernel = Command.of("ip", "link", "add", "dev", name, "type", "wireguard");
        if (runner.run(kernel).succeeded()) {
            ran.add(kernel.display());
            return;
        }
        // No kernel module: wireguard-go creates the interface and keeps running in the background.
        run(ran, Command.of("wireguard-go", name));
    }

    private void run(List<String> ran, Command command) {
        runner.runChecked(command);
        ran.add(command.display());
    }
}
