package io.cuedeck.connector.internal;

import io.cuedeck.connector.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: before try {@code n + 1} wait a uniformly random time in
 * {@code [0, min(maxBackoff, initialBackoff * 2^(n-1))]}. Full jitter spreads the retries of many
 * clients that failed together (a server restart) instead of bringing them back in one wave.
 */
public final class Backoff {

    private Backoff() {
    }

    /** The longest wait after the {@code failedAttempts}-th failure (from 1). */
    public static Duration ceiling(RetryPolicy policy, int failedAttempts) {
        long max = Math.max(0, policy.maxBackoff().toMillis());
        long ceiling = Math.min(max, Math.max(0, policy.initialBackoff().toMillis()));
        for (int n = 1; n < failedAttempts && ceiling < max; n++) {
            ceiling = ceiling > max / 2 ? max : ceiling * 2;
        }
        return Duration.ofMillis(ceiling);
    }

    /** A random wait after the {@code failedAttempts}-th failure, at most {@link #ceiling}. */
    public static Duration delay(RetryPolicy policy, int failedAttempts) {
        long ceiling = ceiling(policy, failedAttempts).toMillis();
        return Duration.ofMillis(ceiling == 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
