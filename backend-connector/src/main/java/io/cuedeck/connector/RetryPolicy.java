package io.cuedeck.connector;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff and full jitter: attempt {@code n} (from 1) waits a
 * random time up to {@code min(maxBackoff, initialBackoff * 2^(n-1))}. Only requests that are safe
 * to repeat are retried: reads, and fires (which always carry the same Idempotency-Key).
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(2));

    /** Same attempts, no waiting: for tests. */
    public static final RetryPolicy NO_WAIT = new RetryPolicy(4, Duration.ZERO, Duration.ZERO);

    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }
}
