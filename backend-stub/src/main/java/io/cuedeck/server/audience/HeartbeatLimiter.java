package io.cuedeck.server.audience;

import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one counted heartbeat per viewer per interval ({@link #INTERVAL_MILLIS} unless
 * configured: {@code CUEDECK_HEARTBEAT_MIN_INTERVAL_SECONDS}), on this node. A viewer app
 * heartbeats every 30 s; anything much faster is a bug or abuse and is refused (429).
 */
public final class HeartbeatLimiter {

    public static final long INTERVAL_MILLIS = 5_000;

    private final ConcurrentHashMap<String, Long> lastAccepted = new ConcurrentHashMap<>();
    private final long intervalMillis;

    public HeartbeatLimiter() {
        this(INTERVAL_MILLIS);
    }

    public HeartbeatLimiter(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** The interval in whole seconds (at least 1), for messages and Retry-After. */
    public long intervalSeconds() {
        return Math.max(1, intervalMillis / 1000);
    }

    /** True (and the viewer's clock restarts) if its previous counted heartbeat is old enough. */
    public boolean allow(String showId, String viewerId, long nowMillis) {
        boolean[] allowed = {false};
        lastAccepted.compute(showId + ' ' + viewerId, (k, previous) -> {
            if (previous == null || nowMillis - previous >= intervalMillis) {
                allowed[0] = true;
                return nowMillis;
            }
            return previous;
        });
        return allowed[0];
    }

    /** Forgets viewers whose interval has passed; keeps the map as small as the recent audience. */
    public void sweep(long nowMillis) {
        lastAccepted.values().removeIf(t -> nowMillis - t >= intervalMillis);
    }
}
