package uncloud.agent.protocol;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The complete desired firewall of a host; versions only go up. */
public record FirewallState(long version, List<FirewallInterface> interfaces) {
    public static final long MAX_VERSION = 999_999_999_999L;

    public FirewallState {
        if (version < 1 || version > MAX_VERSION) {
            throw new ProtocolViolation(
                    "version", "version must be between 1 and " + MAX_VERSION + " (got " + version + ")");
        }
        interfaces = Checks.list("interfaces", interfaces);
        Set<String> names = new HashSet<>();
        Set<String> macs = new HashSet<>();
        for (int i = 0; i < interfaces.size(); i++) {
            FirewallInterface nic = interfaces.get(i);
            if (!names.add(nic.name())) {
                throw new ProtocolViolation(
                        "interfaces[" + i + "].name", "interface " + nic.name() + " is listed twice");
            }
            if (!macs.add(nic.mac())) {
                throw new ProtocolViolation(
                        "interfaces[" + i + "].mac", "MAC " + nic.mac() + " is used by two interfaces");
            }
        }
    }
}
