package uncloud.agent.protocol;

import java.util.List;

/** What {@code GET /v1/vms} answers, ordered by id. */
public record VmList(List<VmStatus> vms) {
    public VmList {
        vms = List.copyOf(vms);
    }
}
