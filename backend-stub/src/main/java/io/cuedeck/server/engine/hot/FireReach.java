package io.cuedeck.server.engine.hot;

import io.cuedeck.server.engine.cold.FireCounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who each fire reached, step by step, in unique viewer ids, cluster-wide; and every other figure
 * of a fire's report, counted as the show runs so that a report never reads raw answers. Fed in
 * batches by one flusher per node (never from request threads), read by reports and finalised into
 * the cold store when the fire is finalised.
 *
 * <p>Guarantees, for every engine:
 * <ul>
 * <li>Exact: each step is a set keyed by viewer id (Redis: a set of the viewer's binary form per
 * fire and step), so a viewer counts once per step whichever node, socket or reconnect recorded
 * it, and however often. No figure is an estimate.</li>
 * <li>Idempotent per viewer: recording a viewer step again, or an accepted answer again, changes
 * nothing; an answer adds to the option, language, per-second and leaderboard counts only the
 * first time its viewer is recorded as answered. Only the plain counters ({@link Counter}: socket
 * writes, failures and refusals by reason) are added as given, so a batch applied twice (a flush
 * retried after a timeout whose first try had landed) may count those twice; they are the
 * technical figure, not the funnel.</li>
 * <li>Atomic per batch and fire: each fire's part of a batch is applied in one step (Redis: one
 * script on the fire's show slot), so a reader sees a fire before or after it.</li>
 * <li>Kept at least as long as the ledger keeps the fire (24 hours).</li>
 * </ul>
 * The funnel ({@link FireCounts}) is derived by set arithmetic: targeted, then reached = written and
 * targeted, acked = reached and acked, answered = acked and answered; late joiners = written and
 * not targeted; present at TAKE = present or targeted.
 */
public interface FireReach {

    /** The funnel steps recorded per viewer. */
    enum Step {
        /** Present at the TAKE by a heartbeat that had not lapsed (see {@link #markPresent}). */
        PRESENT,
        /** Had an open socket to the show when its node fanned the fire out. */
        TARGETED,
        /** The cue was written to one of its sockets (the write completed). */
        WRITTEN,
        /** Acknowledged the cue. */
        ACKED
    }

    /** One viewer reaching one step of one fire. */
    record ViewerStep(String showId, String fireId, String viewerId, Step step) {
    }

    /**
     * One accepted answer: {@code choice} an option index or -1 for text, {@code lang} the viewer's
     * language ({@code "und"} if unknown), {@code millis} from the fire to the answer, {@code correct}
     * true for a quiz's correct option, {@code second} the epoch second it was accepted.
     */
    record Answer(String showId, String fireId, String viewerId, int choice, String lang, long millis,
            boolean correct, long second) {
    }

    /**
     * Added as given to a named counter of the fire: {@code writes}, {@code failed:REASON},
     * {@code refused:REASON}.
     */
    record Counter(String showId, String fireId, String name, long delta) {
    }

    /** A first ack's latency, for the histogram; counted only for the viewer's first {@link Step#ACKED}. */
    record Batch(List<ViewerStep> steps, Map<ViewerStep, Long> ackMillis, List<Answer> answers, List<Counter> counters) {
        public Batch {
            steps = List.copyOf(steps);
            ackMillis = Map.copyOf(ackMillis);
            answers = List.copyOf(answers);
            counters = List.copyOf(counters);
        }

        public boolean isEmpty() {
            return steps.isEmpty() && answers.isEmpty() && counters.isEmpty();
        }
    }

    /** Applies a flush's events (see the class comment for what is idempotent). */
    void record(Batch batch);

    /**
     * Records every viewer present in the show at {@code at} (by {@link Presence}) as
     * {@link Step#PRESENT} of the fire, in one step; returns how many were present.
     */
    long markPresent(String showId, String fireId, Instant at);

    /**
     * The fire's figures so far; {@code options} sizes the option counts. Empty when nothing was
     * ever recorded for it.
     */
    Optional<FireCounts> counts(String showId, String fireId, int options);

    /**
     * Records the viewers seen in a show (by heartbeat or socket), each with its platform, region
     * and language ({@code "unknown"} when not given): a viewer's first sighting in the show counts
     * it once in {@link #audience} with the attributes of that sighting.
     */
    void seen(String showId, List<Sighting> sightings);

    /** A viewer seen in a show, with what its heartbeat or socket said about it. */
    record Sighting(String viewerId, String platform, String region, String lang) {
    }

    /** Unique viewers of a show and their split by platform, region and language (each sums to {@code unique}). */
    record ShowAudience(long unique, Map<String, Long> platform, Map<String, Long> region, Map<String, Long> language) {
        public static final ShowAudience NONE = new ShowAudience(0, Map.of(), Map.of(), Map.of());
    }

    ShowAudience audience(String showId);
}
