package uncloud.client.domain;

import java.util.Objects;

/**
 * A planned (or done) replacement: the old order with its new end, exactly one second before the new
 * order starts, and the new order pointing to the old one.
 */
public record Replacement(Order endedOrder, Order newOrder, Kind kind) {
    public enum Kind {
        /** The recurring price per second goes up (or stays): the new order starts now by default. */
        UPGRADE,
        /** The recurring price per second goes down: by default the old order runs out its period. */
        DOWNGRADE
    }

    public Replacement {
        Objects.requireNonNull(endedOrder, "endedOrder");
        Objects.requireNonNull(newOrder, "newOrder");
        Objects.requireNonNull(kind, "kind");
        if (endedOrder.endsAt() == null || !endedOrder.endsAt().plusSeconds(1).equals(newOrder.startsAt())) {
            throw new IllegalArgumentException("the old order must end exactly one second before the new one starts");
        }
        if (newOrder.replacesId() == null || newOrder.replacesId() != endedOrder.id()) {
            throw new IllegalArgumentException("the new order must point to the order it replaces");
        }
    }
}
