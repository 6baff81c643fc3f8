package io.cuedeck.server.audience;

import io.cuedeck.server.viewers.ViewerKey;
import io.cuedeck.server.viewers.ViewerTable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one counted heartbeat per viewer per interval ({@link #INTERVAL_MILLIS} unless
 * configured: {@code CUEDECK_HEARTBEAT_MIN_INTERVAL_SECONDS}), on this node. A viewer app
 * heartbeats every 30 s; anything much faster is a bug or abuse and is refused (429).
 *
 * <p>Each show's viewers are kept in {@link #STRIPES} primitive tables, each under its own lock,
 * so that request threads seldom wait on each other and the collector has nothing to trace.
 */
public final class HeartbeatLimiter {

    public static final long INTERVAL_MILLIS = 5_000;
    static final int STRIPES = 16;

    private final ConcurrentHashMap<String, ViewerTable[]> shows = new ConcurrentHashMap<>();
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
        long hi = ViewerKey.hi(viewerId);
        long lo = ViewerKey.lo(viewerId);
        ViewerTable table = shows.computeIfAbsent(showId, id -> stripes())[(int) (lo ^ lo >>> 32) & (STRIPES - 1)];
        synchronized (table) {
            int slot = table.add(hi, lo);
            if (slot < 0) {
                table.value(~slot, nowMillis);
                return true;
            }
            if (nowMillis - table.value(slot) >= intervalMillis) {
                table.value(slot, nowMillis);
                return true;
            }
            return false;
        }
    }

    /**
     * Forgets viewers whose interval has passed; keeps the tables as small as the recent audience.
     * A show's (empty) tables stay until the node restarts: a few hundred bytes a show.
     */
    public void sweep(long nowMillis) {
        for (ViewerTable[] stripes : shows.values()) {
            for (ViewerTable table : stripes) {
                synchronized (table) {
                    table.removeIf(t -> nowMillis - t >= intervalMillis);
                }
            }
        }
    }

    /** Viewers remembered (for tests). */
    int remembered() {
        int n = 0;
        for (ViewerTable[] stripes : shows.values()) {
            for (ViewerTable table : stripes) {
                synchronized (table) {
                    n += table.size();
                }
            }
        }
        return n;
    }

    private static ViewerTable[] stripes() {
        ViewerTable[] tables = new ViewerTable[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            tables[i] = new ViewerTable();
        }
        return tables;
    }
}
