package io.cuedeck.server.engine.hot;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Who is watching each show. A viewer is present from a touch (a heartbeat, or its open socket)
 * until {@code ttl} after its latest touch. Counting never scans all viewers.
 */
public interface Presence {

    /** A viewer seen at this moment; {@code platform} is already normalised (never null). */
    record Touch(String showId, String viewerId, String platform) {
    }

    /**
     * Marks each viewer present until {@code now + ttl} and returns, per show, how many of them were
     * absent before (never seen, or their presence had ended): these are joins. Atomic per viewer:
     * one viewer touched concurrently by several callers or nodes, or twice in one batch, joins once.
     * A viewer's platform is the one of its latest touch. A touch never shortens a presence.
     *
     * <p>A viewer whose presence had ended but whom no {@link #expire} removed yet joins again, and
     * its ended presence is counted as one leave by the next {@code expire} of the show, so that
     * over time joins minus leaves always equals the count.
     */
    Map<String, Long> touch(Collection<Touch> touches, Instant now, Duration ttl);

    /**
     * Removes the show's viewers whose presence ended at or before {@code now} and returns how many
     * were removed, plus the ended presences that a later touch replaced (see {@link #touch}): these
     * are leaves. Each ended presence is counted exactly once even when several nodes expire the
     * same show concurrently.
     */
    long expire(String showId, Instant now);

    /** Viewers of the show present at {@code now}: right without a prior {@link #expire}. */
    long count(String showId, Instant now);

    /** {@link #count} split by platform; the values sum to {@code count(showId, now)}. */
    Map<String, Long> countByPlatform(String showId, Instant now);
}
