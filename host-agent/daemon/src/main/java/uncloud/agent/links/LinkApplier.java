package uncloud.agent.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uncloud.agent.host.Command;
import uncloud.agent.host.CommandRunner;

/**
 * Creates bridges and VM taps with {@code ip}. It learns which links exist once ({@code ip -o link show}) and then
 * keeps its own picture, so asking for links that are already there runs nothing.
 */
public final class LinkApplier {
    private final CommandRunner runner;
    private Map<String, String> masters;

    public LinkApplier(CommandRunner runner) {
        this.runner = runner;
    }

    /** Makes sure the bridge exists and is up; returns the commands run. */
    public List<String> ensureBridge(String bridge) {
        load();
        List<String> ran = new ArrayList<>();
        if (!masters.containsKey(bridge)) {
            run(ran, Command.of("ip", "link", "add", "name", bridge, "type", "bridge"));
            run(ran, Command.of("ip", "link", "set", "dev", bridge, "up"));
            masters.put(bridge, "");
        }
        return ran;
    }

    /** Makes sure the tap exists, belongs to the bridge and is up; returns the commands run. */
    public List<String> ensureTap(String tap, String bridge) {
        List<String> ran = new ArrayList<>(ensureBridge(bridge));
        if (!masters.containsKey(tap)) {
            run(ran, Command.of("ip", "tuntap", "add", "dev", tap, "mode", "tap"));
            run(ran, Command.of("ip", "link", "set", "dev", tap, "master", bridge, "up"));
            masters.put(tap, bridge);
        } else if (!bridge.equals(masters.get(tap))) {
            run(ran, Command.of("ip", "link", "set", "dev", tap, "master", bridge, "up"));
            masters.put(tap, bridge);
        }
        return ran;
    }

    public List<String> deleteTap(String tap) {
        load();
        List<String> ran = new ArrayList<>();
        if (masters.containsKey(tap)) {
            run(ran, Command.of("ip", "link", "delete", "dev", tap));
            masters.remove(tap);
        }
        return ran;
    }

    private void run(List<String> ran, Command command) {
        runner.runChecked(command);
        ran.add(command.display());
    }

    private void load() {
        if (masters != null) {
            return;
        }
        masters = new HashMap<>();
        if (!runner.live()) {
            return;
        }
        // Lines look like: "7: v000000002a01: <BROADCAST,…> mtu 1500 master br100 state …"
        for (String line :
                runner.runChecked(Command.of("ip", "-o", "link", "show")).split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 2) {
                continue;
            }
            String name = fields[1].replaceAll(":$", "").replaceAll("@.*$", "");
            String master = "";
            for (int i = 2; i + 1 < fields.length; i++) {
                if (fields[i].equals("master")) {
                    master = fields[i + 1];
                }
            }
            masters.put(name, master);
        }
    }
}
