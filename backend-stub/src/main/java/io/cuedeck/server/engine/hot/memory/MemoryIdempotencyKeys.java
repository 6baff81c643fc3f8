package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.hot.IdempotencyKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Claims in a concurrent map; the map's per-key atomic compute makes exactly one claim win. */
final class MemoryIdempotencyKeys implements IdempotencyKeys {

    private record Entry(String result, long expiresAt) {
        boolean done() {
            return result != null;
        }
    }

    private static final int SWEEP_EVERY = 1_024;

    private final ConcurrentHashMap<String, Entry> keys = new ConcurrentHashMap<>();
    private final AtomicInteger claims = new AtomicInteger();
    private final Clock clock;

    MemoryIdempotencyKeys(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Claim claim(String key, Duration ttl) {
        long now = clock.millis();
        if (claims.incrementAndGet() % SWEEP_EVERY == 0) {
            keys.values().removeIf(e -> e.expiresAt() <= now);
        }
        Entry fresh = new Entry(null, now + ttl.toMillis());
        Entry current = keys.compute(key, (k, e) -> e == null || e.expiresAt() <= now ? fresh : e);
        if (current == fresh) {
            return new Claim.Won();
        }
        return current.done() ? new Claim.Done(current.result()) : new Claim.Pending();
    }

    @Override
    public void complete(String key, String result, Duration ttl) {
        keys.put(key, new Entry(result, clock.millis() + ttl.toMillis()));
    }

    @Override
    public void release(String key) {
        keys.computeIfPresent(key, (k, e) -> e.done() ? e : null);
    }
}
