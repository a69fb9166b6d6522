package uncloud.app.orders;

import java.util.List;

/**
 * The bill lines of every month a replacement touches, as they are now and as they would be after
 * it: what the person checks before pressing "Replace order".
 */
public record ReplacementPreview(List<BillLine> before, List<BillLine> after) {
    public ReplacementPreview {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
