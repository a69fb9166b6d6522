package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/** A virtual machine on a hypervisor host; its id is shown as 10 hex digits. */
public record Vm(
        long id,
        long hostId,
        long customerId,
        Long orderId,
        String name,
        int cores,
        int ramMib,
        int diskGib,
        VmState desiredState,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public static final long MAX_ID = 0xff_ffff_ffffL;

    public Vm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(desiredState, "desiredState");
    }

    public static Vm create(
            long hostId, long customerId, Long orderId, String name, int cores, int ramMib, int diskGib) {
        return new Vm(0, hostId, customerId, orderId, name, cores, ramMib, diskGib, VmState.STOPPED, null, null, 0);
    }

    /** The id as used in host-side names: 10 lower-case hex digits, e.g. {@code 000000002a}. */
    public String hexId() {
        return hex(id);
    }

    public static String hex(long vmId) {
        if (vmId < 0 || vmId > MAX_ID) {
            throw new IllegalArgumentException("a VM id has at most 10 hex digits: " + vmId);
        }
        return String.format("%010x", vmId);
    }

    public Vm withDesiredState(VmState newState) {
        return new Vm(
                id, hostId, customerId, orderId, name, cores, ramMib, diskGib, newState, createdAt, updatedAt, version);
    }
}
