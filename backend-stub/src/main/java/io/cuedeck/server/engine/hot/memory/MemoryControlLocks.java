package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.hot.ControlLocks;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Leases in a concurrent map; the map's per-key atomic compute makes each compare-and-set atomic. */
final class MemoryControlLocks implements ControlLocks {

    private record Held(Lease lease, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Held> leases = new ConcurrentHashMap<>();
    private final Clock clock;

    MemoryControlLocks(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Lease> get(String showId) {
        Held held = leases.get(showId);
        return held == null || held.expiresAt() <= clock.millis() ? Optional.empty() : Optional.of(held.lease());
    }

    @Override
    public boolean replace(String showId, String expectedVersion, Lease next, Duration ttl) {
        boolean[] done = {false};
        leases.compute(showId, (id, held) -> {
            long now = clock.millis();
            Held live = held == null || held.expiresAt() <= now ? null : held;
            String version = live == null ? null : live.lease().version();
            if (!Objects.equals(version, expectedVersion)) {
                return live;
            }
            done[0] = true;
            return next == null ? null : new Held(next, now + ttl.toMillis());
        });
        return done[0];
    }

    @Override
    public boolean renew(String showId, String version, Duration ttl) {
        boolean[] done = {false};
        leases.computeIfPresent(showId, (id, held) -> {
            long now = clock.millis();
            if (held.expiresAt() <= now) {
                return null;
            }
            if (!held.lease().version().equals(version)) {
                return held;
            }
            done[0] = true;
            return new Held(held.lease(), now + ttl.toMillis());
        });
        return done[0];
    }
}
