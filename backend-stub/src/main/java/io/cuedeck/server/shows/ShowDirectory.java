package io.cuedeck.server.shows;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Checks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows as the hot paths see them (heartbeats, sockets, the ticker), read through a short cache
 * so that thousands of heartbeats a second do not each read the cold store. A change on any node
 * invalidates the entry everywhere (through the bus), so staleness is bounded by {@link #TTL_NANOS}
 * only when a bus message is lost.
 */
public final class ShowDirectory {

    static final long TTL_NANOS = 2_000_000_000L;
    private static final long ACTIVE_TTL_NANOS = 5_000_000_000L;
    private static final int MAX_ENTRIES = 100_000;

    private record Entry(Optional<Show> show, long expiresAt) {
    }

    private final ColdStore cold;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private volatile List<Show> active = List.of();
    private volatile long activeExpiresAt;

    public ShowDirectory(ColdStore cold) {
        this.cold = cold;
    }

    public Optional<Show> find(String showId) {
        if (!Checks.plausibleId(showId)) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Entry e = cache.get(showId);
        if (e == null || e.expiresAt() - now < 0) {
            if (cache.size() > MAX_ENTRIES) {
                cache.clear();
            }
            e = new Entry(cold.show(showId), now + TTL_NANOS);
            cache.put(showId, e);
        }
        return e.show();
    }

    /** The show, or 404 naming it. */
    public Show require(String showId) {
        return find(showId).orElseThrow(() -> ApiException.notFound("There is no show '" + showId + "'."));
    }

    /** Shows that are not ended (draft and live): the ones with an audience to count. */
    public List<Show> activeShows() {
        long now = System.nanoTime();
        if (activeExpiresAt - now < 0) {
            active = cold.shows().stream().filter(s -> s.status() != ShowStatus.ENDED).toList();
            activeExpiresAt = now + ACTIVE_TTL_NANOS;
        }
        return active;
    }

    /** Forgets what is cached about the show, here; every node calls it on a show change. */
    public void changed(String showId) {
        cache.remove(showId);
        activeExpiresAt = System.nanoTime();
    }
}
