package uncloud.agent.protocol;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The desired VM: {@code state} is {@code running} or {@code stopped}. */
public record VmSpec(String state, int cores, int memoryMib, List<VmDisk> disks, List<VmNic> interfaces) {
    public static final List<String> STATES = List.of("running", "stopped");

    public VmSpec {
        Checks.oneOf("state", state, STATES);
        Checks.range("cores", cores, 1, 256);
        Checks.range("memoryMib", memoryMib, 16, 4 * 1024 * 1024);
        disks = Checks.list("disks", disks);
        interfaces = Checks.list("interfaces", interfaces);
        if (interfaces.size() > 255) {
            throw new ProtocolViolation("interfaces", "a VM has at most 255 interfaces");
        }
        Set<String> macs = new HashSet<>();
        for (int i = 0; i < interfaces.size(); i++) {
            if (!macs.add(interfaces.get(i).mac())) {
                throw new ProtocolViolation(
                        "interfaces[" + i + "].mac", "MAC " + interfaces.get(i).mac() + " is used twice");
            }
        }
    }

    /** The tap name of interface {@code index}: {@code v} + 10 hex digits of the VM id + 2 of the index. */
    public static String tapName(String vmId, int index) {
        return "v" + Checks.vmId("id", vmId) + String.format("%02x", index);
    }
}
