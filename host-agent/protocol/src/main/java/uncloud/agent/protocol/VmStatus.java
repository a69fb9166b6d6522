package uncloud.agent.protocol;

import java.util.List;

/**
 * A VM as the agent sees it.
 *
 * @param actualState {@code running}, {@code paused}, {@code stopped} or {@code died} (the process ended without
 *     being asked to; the agent does not restart it on its own)
 */
public record VmStatus(String id, String desiredState, String actualState, List<String> taps) {
    public VmStatus {
        taps = List.copyOf(taps);
    }
}
