package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.hot.FireLedger.FireState;
import io.cuedeck.server.engine.hot.FireLedger.FireStats;
import io.cuedeck.server.engine.hot.FireLedger.LiveFire;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** One fire's live state; every method holds this entry's lock, so each step is atomic. */
final class LedgerEntry {

    private final LiveFire fire;
    private Instant closedAt;
    private long delivered;
    private long failed;
    private final Set<String> ackers = new HashSet<>();
    private long acks;
    private final long[] latency = new long[LatencyHistogram.BUCKETS];
    private long maxLatency;
    private final Set<String> answered = new HashSet<>();
    private final Map<String, Long> holds = new HashMap<>(); // viewer -> epoch ms the hold lapses
    private long answers;
    private final long[] counts;

    LedgerEntry(LiveFire fire) {
        this.fire = fire;
        this.counts = new long[fire.options()];
    }

    LedgerEntry(FireState state, FireStats stats, Collection<String> answeredViewers) {
        this(state.fire());
        this.closedAt = state.closedAt();
        this.delivered = stats.delivered();
        this.failed = stats.failed();
        System.arraycopy(stats.latency(), 0, latency, 0, Math.min(latency.length, stats.latency().length));
        this.maxLatency = stats.maxLatencyMs();
        this.answered.addAll(answeredViewers);
        this.answers = stats.answers();
        System.arraycopy(stats.counts(), 0, counts, 0, Math.min(counts.length, stats.counts().length));
        this.acks = stats.acks(); // who acked is not kept in the cold store, only how many
    }

    LiveFire fire() {
        return fire;
    }

    synchronized FireState state() {
        return new FireState(fire, closedAt);
    }

    synchronized boolean close(Instant at) {
        if (closedAt != null) {
            return false;
        }
        closedAt = at;
        return true;
    }

    synchronized void delivered(long ok, long bad) {
        delivered += ok;
        failed += bad;
    }

    synchronized boolean ack(String viewerId, long latencyMillis) {
        if (!ackers.add(viewerId)) {
            return false;
        }
        acks++;
        latency[LatencyHistogram.bucketOf(latencyMillis)]++;
        maxLatency = Math.max(maxLatency, Math.max(0, latencyMillis));
        return true;
    }

    /** A hold until {@code now + holdMillis}, unless the viewer answered or holds one that has not lapsed. */
    synchronized boolean claim(String viewerId, long now, long holdMillis) {
        if (answered.contains(viewerId)) {
            return false;
        }
        Long until = holds.get(viewerId);
        if (until != null && until > now) {
            return false;
        }
        holds.put(viewerId, now + holdMillis);
        return true;
    }

    synchronized void confirm(String viewerId, int choice) {
        holds.remove(viewerId);
        if (!answered.add(viewerId)) {
            return;
        }
        answers++;
        if (choice >= 0 && choice < counts.length) {
            counts[choice]++;
        }
    }

    synchronized void release(String viewerId) {
        holds.remove(viewerId);
    }

    synchronized FireStats stats() {
        return new FireStats(delivered, failed, acks, latency.clone(), maxLatency, answers, counts.clone());
    }
}
