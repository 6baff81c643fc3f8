package io.cuedeck.server.shows;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Checks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Shows as the hot paths see them (heartbeats, sockets, the ticker), read through a short cache
 * so that thousands of heartbeats a second do not each read the cold store. A change on any node
 * invalidates the entry everywhere (through the bus), so staleness is bounded by {@link #TTL_NANOS}
 * only when a bus message is lost.
 *
 * <p>A join storm asks for the same show thousands of times a second. When its entry expires, one
 * caller reads the cold store again while the others go on with the entry they have, and a read
 * that fails (the cold store slow or away) keeps the last known show for up to
 * {@link #STALE_LIMIT_NANOS}: a viewer is not turned away because DynamoDB was slow for a moment
 * about a show this node knew a second ago (seen in the three-node benchmark: one GetItem per
 * socket, timing out under load, closed sockets with 1011). A show never seen is always read.
 */
public final class ShowDirectory {

    static final long TTL_NANOS = 2_000_000_000L;
    private static final long ACTIVE_TTL_NANOS = 5_000_000_000L;
    static final long STALE_LIMIT_NANOS = 60_000_000_000L;
    private static final int MAX_ENTRIES = 100_000;

    /** A cached answer; {@code refreshing} makes one caller the one who reads it again. */
    private record Entry(Optional<Show> show, long expiresAt, AtomicBoolean refreshing) {
        Entry(Optional<Show> show, long expiresAt) {
            this(show, expiresAt, new AtomicBoolean());
        }
    }

    private final ColdStore cold;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private volatile List<Show> active = List.of();
    private volatile long activeExpiresAt;

    public ShowDirectory(ColdStore cold) {
        this(cold, System::nanoTime);
    }

    /** With a clock of its own (tests move it instead of waiting). */
    ShowDirectory(ColdStore cold, LongSupplier nanoTime) {
        this.cold = cold;
        this.nanoTime = nanoTime;
    }

    public Optional<Show> find(String showId) {
        if (!Checks.plausibleId(showId)) {
            return Optional.empty();
        }
        long now = nanoTime.getAsLong();
        Entry e = cache.get(showId);
        if (e == null) {
            if (cache.size() > MAX_ENTRIES) {
                cache.clear();
            }
            return cache.computeIfAbsent(showId, id -> new Entry(cold.show(id), now + TTL_NANOS)).show();
        }
        if (e.expiresAt() - now >= 0 || !e.refreshing().compareAndSet(false, true)) {
            return e.show(); // fresh, or another caller is reading it again right now
        }
        try {
            Entry fresh = new Entry(cold.show(showId), now + TTL_NANOS);
            cache.replace(showId, e, fresh); // unless changed() dropped it meanwhile
            return fresh.show();
        } catch (EngineUnavailableException unavailable) {
            e.refreshing().set(false);
            if (now - e.expiresAt() > STALE_LIMIT_NANOS) {
                throw unavailable;
            }
            return e.show();
        } catch (RuntimeException other) {
            e.refreshing().set(false); // or no caller would ever read this show again
            throw other;
        }
    }

    /** The show, or 404 naming it. */
    public Show require(String showId) {
        return find(showId).orElseThrow(() -> ApiException.notFound("There is no show '" + showId + "'."));
    }

    /** Shows that are not ended (draft and live): the ones with an audience to count. */
    public List<Show> activeShows() {
        long now = nanoTime.getAsLong();
        if (activeExpiresAt - now < 0) {
            active = cold.shows().stream().filter(s -> s.status() != ShowStatus.ENDED).toList();
            activeExpiresAt = now + ACTIVE_TTL_NANOS;
        }
        return active;
    }

    /** Forgets what is cached about the show, here; every node calls it on a show change. */
    public void changed(String showId) {
        cache.remove(showId);
        activeExpiresAt = nanoTime.getAsLong();
    }
}
