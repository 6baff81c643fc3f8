package io.cuedeck.connector.audience;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * Latencies in whole milliseconds, exact up to one minute (one counter per millisecond), lock-free
 * for the socket threads that record; reading percentiles scans the counters, which is cheap for
 * the occasional {@link Audience#stats()}.
 */
final class LatencyRecorder {

    private static final int LIMIT_MS = 60_000;

    private final AtomicLongArray counts = new AtomicLongArray(LIMIT_MS + 1);
    private final LongAccumulator max = new LongAccumulator(Math::max, 0);

    void record(long millis) {
        long ms = Math.max(0, millis);
        counts.incrementAndGet((int) Math.min(ms, LIMIT_MS));
        max.accumulate(ms);
    }

    long max() {
        return max.get();
    }

    /** The smallest latency that {@code share} (0-1) of the recorded ones do not exceed; 0 when none. */
    long percentile(double share) {
        long total = 0;
        for (int i = 0; i <= LIMIT_MS; i++) {
            total += counts.get(i);
        }
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(share * total));
        long seen = 0;
        for (int i = 0; i <= LIMIT_MS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return i == LIMIT_MS ? max() : i;
            }
        }
        return max();
    }
}
