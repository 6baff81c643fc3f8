package io.cuedeck.server.engine.hot;

import io.cuedeck.protocol.CueKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Live state of fires, cluster-wide: which are open, delivery and ack counts, who answered, and
 * tallies. Answers themselves are durable in the cold store; this is the fast, shared view used
 * while a show is on air. Fire state is kept at least 24 hours after the fire.
 *
 * <p>An answer goes claim (a hold that lapses), then, once the cold store has it, confirm (for
 * good, counted once), or release if it could not be stored.
 */
public interface FireLedger {

    /** A fire as the ledger knows it. {@code options} is the number of options (0 if none). */
    record LiveFire(String showId, String fireId, String cueId, CueKind kind, int options,
            Integer correctOption, Instant firedAt, Instant closesAt, long targeted) {
    }

    /** A fire and whether (and when) its window closed. */
    record FireState(LiveFire fire, Instant closedAt) {
        public boolean open() {
            return closedAt == null;
        }
    }

    /**
     * Cluster-wide progress of one fire. {@code latency} holds {@link LatencyHistogram} bucket
     * counts and {@code maxLatencyMs} the exact largest ack latency; {@code counts} has one entry
     * per option; {@code answers} includes free-text answers, which have no option.
     */
    record FireStats(long delivered, long failed, long acks, long[] latency, long maxLatencyMs,
            long answers, long[] counts) {
    }

    /** Registers a new, open fire. Opening an id that exists replaces nothing and is ignored. */
    void open(LiveFire fire);

    /** Closes the window; true for exactly one caller across the cluster, false if already closed or unknown. */
    boolean close(String fireId, Instant closedAt);

    Optional<FireState> get(String fireId);

    /** The show's fires whose window is open, oldest first. */
    List<LiveFire> openFires(String showId);

    /** Adds socket writes that completed or failed. */
    void delivered(String fireId, long delivered, long failed);

    /** Counts a viewer's first ack of the fire with its latency; false (and nothing counted) for a repeat. */
    boolean ack(String fireId, String viewerId, long latencyMillis);

    /** A viewer's ack of a fire with its latency, for {@link #acks}. */
    record Ack(String fireId, String viewerId, long latencyMillis) {
    }

    /**
     * {@link #ack} for each, in one call: each viewer's first ack of its fire is counted once, in
     * any order, and repeats count nothing. Returns how many were counted. An engine across the
     * network sends them together (the batcher's flush must not wait for one round trip per ack).
     */
    default long acks(java.util.List<Ack> acks) {
        long counted = 0;
        for (Ack a : acks) {
            counted += ack(a.fireId(), a.viewerId(), a.latencyMillis()) ? 1 : 0;
        }
        return counted;
    }

    /**
     * Holds the viewer's single answer to the fire while it is being stored. Atomic cluster-wide:
     * true for exactly one of any number of concurrent claims, and only while the viewer has no
     * confirmed answer and no hold that has not lapsed; false for an unknown fire. A hold that is
     * neither confirmed nor released lapses after {@code hold} (positive), and the viewer may be
     * claimed again: a node that dies between claim and confirm blocks the viewer for that long,
     * not forever. So a claim alone does not make an answer the only one (a hold can lapse while
     * its write is slow): the caller accepts an answer only if the cold store, which keeps one
     * answer per viewer and fire, says its write stored it.
     */
    boolean claimAnswer(String fireId, String viewerId, Duration hold);

    /**
     * The viewer's answer is stored: their claim becomes permanent (every later claim is refused
     * while the fire is kept) and {@code choice}, an option index or -1 for a free-text answer, is
     * added to the tally. Counts once per viewer: a viewer already confirmed, or restored as having
     * answered, is not counted again. Works whether or not the hold lapsed meanwhile.
     */
    void confirmAnswer(String fireId, String viewerId, int choice);

    /** Ends a hold whose answer could not be stored, so the viewer may try again at once; a confirmed answer stays. */
    void releaseAnswer(String fireId, String viewerId);

    /** Zeros for a fire with no activity yet; empty for an unknown fire. */
    Optional<FireStats> stats(String fireId);

    /**
     * Rebuilds a fire after the hot state was lost: its state, its answer counts and the viewers
     * who already answered (so they still cannot answer twice). Delivery and ack counts restart at
     * the values given.
     */
    void restore(FireState state, FireStats stats, Collection<String> answeredViewers);
}
