package uncloud.agent.state;

import java.util.Map;
import java.util.TreeMap;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.VmSpec;
import uncloud.agent.protocol.WireguardSpec;

/** Everything the console asked this host to be; persisted after each change and re-applied on start. */
public record DesiredState(FirewallState firewall, Map<String, VmSpec> vms, Map<String, WireguardSpec> wireguard) {
    public static final DesiredState EMPTY = new DesiredState(null, Map.of(), Map.of());

    public DesiredState {
        vms = vms == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(vms));
        wireguard = wireguard == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(wireguard));
    }

    public DesiredState withFirewall(FirewallState next) {
        return new DesiredState(next, vms, wireguard);
    }

    public DesiredState withVm(String id, VmSpec spec) {
        Map<String, VmSpec> next = new TreeMap<>(vms);
        if (spec == null) {
            next.remove(id);
        } else {
            next.put(id, spec);
        }
        return new DesiredState(firewall, next, wireguard);
    }

    public DesiredState withWireguard(String name, WireguardSpec spec) {
        Map<String, WireguardSpec> next = new TreeMap<>(wireguard);
        next.put(name, spec);
        return new DesiredState(firewall, vms, next);
    }
}
