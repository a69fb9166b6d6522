package uncloud.client.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A VM's network interface: attached to {@code bridge} on the host, with a MAC from the global interface
 * counter ({@code 02:00} + 4 bytes of its id, assigned by the database when inserted without one) and the
 * addresses it may send from.
 */
public record VmInterface(
        long id,
        long vmId,
        int nicIndex,
        String bridge,
        String mac,
        List<String> addresses,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public VmInterface {
        Objects.requireNonNull(bridge, "bridge");
        addresses = List.copyOf(addresses);
    }

    /** An interface not stored yet; a null {@code mac} is assigned from the interface counter on insert. */
    public static VmInterface create(long vmId, int nicIndex, String bridge, String mac, List<String> addresses) {
        return new VmInterface(0, vmId, nicIndex, bridge, mac, addresses, null, null, 0);
    }

    /** {@code 02:00} followed by the 4 bytes of a global interface counter. */
    public static String macFor(long interfaceCounter) {
        if (interfaceCounter < 0 || interfaceCounter > 0xffff_ffffL) {
            throw new IllegalArgumentException("the interface counter has 4 bytes: " + interfaceCounter);
        }
        return String.format(
                "02:00:%02x:%02x:%02x:%02x",
                (interfaceCounter >>> 24) & 0xff,
                (interfaceCounter >>> 16) & 0xff,
                (interfaceCounter >>> 8) & 0xff,
                interfaceCounter & 0xff);
    }

    /** The host-side name: a type letter, the VM's 10 hex digits and 2 hex digits of the index. */
    public static String hostName(char type, long vmId, int nicIndex) {
        if (nicIndex < 0 || nicIndex > 0xff) {
            throw new IllegalArgumentException("an interface index has 2 hex digits: " + nicIndex);
        }
        return type + Vm.hex(vmId) + String.format("%02x", nicIndex);
    }

    /** The tap device, e.g. {@code v000000002a01}. */
    public String tapName() {
        return hostName('v', vmId, nicIndex);
    }
}
