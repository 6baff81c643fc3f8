package io.cuedeck.server.engine.hot;

/**
 * Fixed latency buckets shared by every engine, so that counts added on different nodes merge by
 * plain addition: 5 ms wide below 1 s, 50 ms below 10 s, 500 ms below 60 s, and one bucket above.
 * A percentile is reported as the upper edge of its bucket, capped at the exact maximum.
 */
public final class LatencyHistogram {

    public static final int BUCKETS = 200 + 180 + 100 + 1;

    private LatencyHistogram() {
    }

    /** The bucket a latency falls into; negative latencies count as 0. */
    public static int bucketOf(long millis) {
        long ms = Math.max(0, millis);
        if (ms < 1_000) {
            return (int) (ms / 5);
        }
        if (ms < 10_000) {
            return 200 + (int) ((ms - 1_000) / 50);
        }
        if (ms < 60_000) {
            return 380 + (int) ((ms - 10_000) / 500);
        }
        return BUCKETS - 1;
    }

    /** The largest latency that falls into {@code bucket} (for the last bucket, Long.MAX_VALUE). */
    public static long upperEdge(int bucket) {
        if (bucket < 200) {
            return bucket * 5L + 4;
        }
        if (bucket < 380) {
            return 1_000 + (bucket - 200) * 50L + 49;
        }
        if (bucket < 480) {
            return 10_000 + (bucket - 380) * 500L + 499;
        }
        return Long.MAX_VALUE;
    }

    /**
     * The {@code quantile} (0 < q <= 1) of the latencies counted in {@code counts}: the upper edge
     * of the bucket holding that rank, never above {@code max}; 0 when nothing was counted.
     */
    public static long percentile(long[] counts, long max, double quantile) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(quantile * total);
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return Math.min(upperEdge(b), max);
            }
        }
        return max;
    }
}
