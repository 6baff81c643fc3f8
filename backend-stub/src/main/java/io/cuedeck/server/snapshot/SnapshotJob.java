package io.cuedeck.server.snapshot;

import io.cuedeck.protocol.Show;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.Timeline;
import io.cuedeck.server.shows.ShowDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies each show's per-second viewer gauge from the hot timeline to the cold store: one
 * {@link ViewerSnapshot} per show per interval, covering the seconds since the previous one, so
 * cold writes per show-hour are fixed whatever the audience. A run gathers the snapshots of every
 * show due and stores them with one {@link ColdStore#putSnapshots} (on DynamoDB one request per 25
 * shows).
 *
 * <p>In a cluster one node writes each snapshot: see {@link SnapshotClaims}.
 *
 * <p>Where each show's next snapshot starts is remembered on this node after each write, so a run
 * reads no snapshots back. The store is read only when that is unknown: after a start, after a
 * failed batch, or when another node was writing the show's snapshot at the same moment. When
 * another node wrote it earlier, the claim it completed says up to which second.
 *
 * <p>A show that ended gets its last snapshot at once; when that write fails, every later run tries
 * it again until it is stored (while the hot timeline still holds its seconds).
 */
public final class SnapshotJob {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotJob.class);

    /**
     * A run snapshots up to this many seconds before now: the ticker writes a second's gauge just
     * after it ends, so the latest seconds may not be counted yet. An ended show is no longer
     * ticked, so its last snapshotted second is its end less these; its on-air seconds to
     * reconcile stop there too ({@code reports/ReportService}).
     */
    public static final int UNSETTLED_SECONDS = 2;

    private record Claimed(String key, ViewerSnapshot snapshot) {
        long lastSecond() {
            return snapshot.startSecond() + snapshot.viewers().length - 1;
        }
    }

    private final HotEngine hot;
    private final SnapshotClaims claims;
    private final ColdStore cold;
    private final ShowDirectory shows;
    private final Clock clock;
    /** Per show, the first second after the last snapshot this node knows of; absent: ask the store. */
    private final Map<String, Long> nextStarts = new ConcurrentHashMap<>();
    /** Ended shows whose last snapshot is not stored yet. */
    private final Map<String, Show> endedUnstored = new ConcurrentHashMap<>();

    public SnapshotJob(HotEngine hot, ColdStore cold, ShowDirectory shows, Clock clock) {
        this.hot = hot;
        this.claims = new SnapshotClaims(hot.idempotency());
        this.cold = cold;
        this.shows = shows;
        this.clock = clock;
    }

    /**
     * How long until the next multiple of {@code interval} on the wall clock, plus half a second
     * (the ticker writes a second's gauge 200 ms after it ends): every node of a cluster runs at
     * those same moments, so one of them writes each show's snapshot and the others find it claimed,
     * rather than each node writing the seconds since another one's run.
     */
    public long millisToNextRun(Duration interval) {
        long period = interval.toMillis();
        return period - Math.floorMod(clock.millis(), period) + 500;
    }

    /** Runs every snapshot interval (see {@link #millisToNextRun}), and once more at a graceful shutdown. */
    public void run() {
        Map<String, Show> due = new LinkedHashMap<>(endedUnstored);
        shows.activeShows().forEach(show -> due.putIfAbsent(show.id(), show));
        nextStarts.keySet().retainAll(due.keySet());
        Set<String> unstored = store(List.copyOf(due.values()));
        for (String ended : List.copyOf(endedUnstored.keySet())) {
            if (!unstored.contains(ended)) {
                stored(ended);
            }
        }
    }

    /** Writes the last snapshot of a show that just ended: the seconds since its previous one. */
    public void ended(Show show) {
        endedUnstored.put(show.id(), show);
        if (store(List.of(show)).isEmpty()) {
            stored(show.id());
        }
    }

    /** An ended show's last snapshot is stored: nothing more to write for it. */
    private void stored(String endedShowId) {
        endedUnstored.remove(endedShowId);
        nextStarts.remove(endedShowId);
    }

    /**
     * Where the snapshot after {@code stored} (the show's snapshots, by start) begins: after the last
     * one, or at the show's start; never earlier than the hot timeline still holds at {@code end}.
     */
    public long nextStart(Show show, List<ViewerSnapshot> stored, long end) {
        long start;
        if (stored.isEmpty()) {
            start = (show.liveAt() != null ? show.liveAt() : show.createdAt()).getEpochSecond();
        } else {
            ViewerSnapshot last = stored.get(stored.size() - 1);
            start = last.startSecond() + last.viewers().length;
        }
        return Math.max(start, end - hot.timeline().retention().toSeconds() + 2);
    }

    /** Stores the snapshots of {@code due}; returns the ids of the shows whose seconds up to now are not all stored. */
    private Set<String> store(List<Show> due) {
        long end = clock.instant().getEpochSecond() - UNSETTLED_SECONDS;
        List<Claimed> batch = new ArrayList<>();
        Set<String> unstored = new HashSet<>();
        for (Show show : due) {
            try {
                // an ended show's seconds stop where it ended, however late its last snapshot is written
                long showEnd = show.endedAt() == null ? end : Math.min(end, show.endedAt().getEpochSecond() - UNSETTLED_SECONDS);
                if (!claim(show, showEnd, batch)) {
                    unstored.add(show.id());
                }
            } catch (RuntimeException e) {
                nextStarts.remove(show.id());
                unstored.add(show.id());
                LOG.warn("could not snapshot show {}: {}", show.id(), e.getMessage());
            }
        }
        if (batch.isEmpty()) {
            return unstored;
        }
        try {
            cold.putSnapshots(batch.stream().map(Claimed::snapshot).toList());
        } catch (RuntimeException e) {
            batch.forEach(this::giveBack);
            batch.forEach(claimed -> unstored.add(claimed.snapshot().showId()));
            LOG.warn("could not store {} snapshots, the next run writes their seconds: {}", batch.size(), e.getMessage());
            return unstored;
        }
        for (Claimed claimed : batch) {
            nextStarts.merge(claimed.snapshot().showId(), claimed.lastSecond() + 1, Math::max);
            claims.stored(claimed.key(), claimed.lastSecond());
        }
        return unstored;
    }

    /**
     * Claims the show's snapshots from its next start to {@code end} into {@code batch}; false when
     * another node is storing some of those seconds right now (where it stops is not known yet).
     */
    private boolean claim(Show show, long end, List<Claimed> batch) {
        long from = nextStart(show, end);
        while (from <= end) {
            long to = Math.min(end, from + Timeline.MAX_RANGE - 1);
            SnapshotClaims.Outcome outcome = claims.claim(show.id(), from);
            if (outcome instanceof SnapshotClaims.Outcome.Won won) {
                batch.add(new Claimed(won.key(), new ViewerSnapshot(show.id(), from, range(won.key(), show, from, to))));
                from = to + 1;
            } else if (outcome instanceof SnapshotClaims.Outcome.StoredUpTo stored) { // by another node
                from = stored.lastSecond() + 1;
                nextStarts.merge(show.id(), from, Math::max);
            } else { // another node is storing it now: where it ends is unknown until it is stored
                nextStarts.remove(show.id());
                return false;
            }
        }
        return true;
    }

    private long nextStart(Show show, long end) {
        Long known = nextStarts.get(show.id());
        if (known == null) {
            known = nextStart(show, cold.snapshots(show.id()), end);
            nextStarts.put(show.id(), known);
        }
        return Math.max(known, end - hot.timeline().retention().toSeconds() + 2);
    }

    private long[] range(String key, Show show, long from, long to) {
        try {
            return hot.timeline().range(show.id(), Timeline.VIEWERS, from, to);
        } catch (RuntimeException e) {
            claims.giveBack(key);
            throw e;
        }
    }

    private void giveBack(Claimed claimed) {
        nextStarts.remove(claimed.snapshot().showId()); // part of the batch may be stored: ask the store
        claims.giveBack(claimed.key());
    }
}
