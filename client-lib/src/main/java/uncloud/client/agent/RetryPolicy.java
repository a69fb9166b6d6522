package uncloud.client.agent;

import java.time.Duration;

/**
 * How often an idempotent request (GET, PUT of desired state) is tried when the connection fails, and how long to
 * wait before the first retry; each further wait doubles. HTTP error answers are never retried.
 */
public record RetryPolicy(int attempts, Duration firstDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(250));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO);

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (firstDelay.isNegative()) {
            throw new IllegalArgumentException("firstDelay must not be negative");
        }
    }
}
