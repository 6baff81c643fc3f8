package io.cuedeck.server.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (an address, a viewer): {@code perSecond} on average, up to
 * {@code burst} at once. Keys whose bucket has refilled are forgotten by {@link #sweep}, so the
 * map stays as small as the set of recently active clients. Thread-safe; never blocks.
 */
public final class RateLimit {

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    private final double perNano;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(double perSecond, double burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate needs perSecond > 0 and burst >= 1");
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
    }

    /** {@code perMinute} on average, all of them at once at most. */
    public static RateLimit perMinute(int perMinute) {
        return new RateLimit(perMinute / 60.0, perMinute);
    }

    /** {@code perSecond} on average, {@link LimitsConfig#BURST_SECONDS} seconds' worth at once. */
    public static RateLimit perSecond(int perSecond) {
        return new RateLimit(perSecond, (double) perSecond * LimitsConfig.BURST_SECONDS);
    }

    /** 0 when allowed (a token is taken), else the whole seconds (at least 1) until one is. */
    public long acquire(String key) {
        return acquire(key, System.nanoTime());
    }

    long acquire(String key, long now) {
        long[] wait = {0};
        buckets.compute(key, (k, b) -> {
            Bucket bucket = b == null ? new Bucket(burst, now) : refill(b, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
            } else {
                wait[0] = Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
            }
            return bucket;
        });
        return wait[0];
    }

    private Bucket refill(Bucket b, long now) {
        b.tokens = Math.min(burst, b.tokens + (now - b.updatedNanos) * perNano);
        b.updatedNanos = now;
        return b;
    }

    /** Forgets keys whose bucket is full again: they are indistinguishable from new ones. */
    public void sweep() {
        long now = System.nanoTime();
        for (String key : buckets.keySet()) {
            buckets.computeIfPresent(key, (k, b) -> b.tokens + (now - b.updatedNanos) * perNano >= burst ? null : b);
        }
    }

    int size() {
        return buckets.size();
    }
}
