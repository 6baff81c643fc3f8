package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.hot.Presence;
import io.cuedeck.server.viewers.ViewerTable;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Presence per show, each show guarded by its own lock so that shows never contend. */
final class MemoryPresence implements Presence {

    private final ConcurrentHashMap<String, ShowPresence> shows = new ConcurrentHashMap<>();

    @Override
    public Map<String, Long> touch(Collection<Touch> touches, Instant now, Duration ttl) {
        long nowMs = now.toEpochMilli();
        long until = nowMs + ttl.toMillis();
        Map<String, Long> joins = new HashMap<>();
        for (Touch touch : touches) {
            ShowPresence show = shows.computeIfAbsent(touch.showId(), id -> new ShowPresence());
            long joined = show.touch(touch.viewerId(), touch.platform(), nowMs, until) ? 1 : 0;
            joins.merge(touch.showId(), joined, Long::sum);
        }
        return joins;
    }

    /** Adds the show's viewers present at {@code now} to {@code into} (a fire's present-at-TAKE step); returns how many. */
    long copyPresent(String showId, Instant now, ViewerTable into) {
        ShowPresence show = shows.get(showId);
        return show == null ? 0 : show.copyPresent(now.toEpochMilli(), into);
    }

    @Override
    public long expire(String showId, Instant now) {
        ShowPresence show = shows.get(showId);
        return show == null ? 0 : show.expire(now.toEpochMilli());
    }

    @Override
    public long count(String showId, Instant now) {
        ShowPresence show = shows.get(showId);
        return show == null ? 0 : show.count(now.toEpochMilli());
    }

    @Override
    public Map<String, Long> countByPlatform(String showId, Instant now) {
        ShowPresence show = shows.get(showId);
        return show == null ? Map.of() : show.countByPlatform(now.toEpochMilli());
    }
}
