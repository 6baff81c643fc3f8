package io.cuedeck.connector.audience;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every viewer's {@link Reaction} to each of the crowd's most recent fires, kept so that a test or a
 * harness can compare what the crowd did with what the server reports. Only the last
 * {@value #FIRES_KEPT} fires are kept, so a long simulation does not grow without end. Thread-safe.
 */
final class Tallies {

    static final int FIRES_KEPT = 64;

    /** One fire: each viewer's reaction, and every refusal heard, by reason. */
    private record FireLog(Map<UUID, Reaction> viewers, Map<String, LongAdder> refusals) {
        FireLog() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private final Map<String, FireLog> fires = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FireLog> eldest) {
            return size() > FIRES_KEPT;
        }
    };

    /** The viewer's reaction to the fire, new (and recorded) the first time the cue arrives; null after that. */
    Reaction firstReceipt(String fireId, UUID viewerId, String lang, long joinedAtMillis) {
        Reaction fresh = new Reaction(viewerId, lang, joinedAtMillis);
        return log(fireId).viewers().putIfAbsent(viewerId, fresh) == null ? fresh : null;
    }

    /** A refusal of an answer to the fire reached a viewer (every one counts, retried copies too). */
    void heard(String fireId, String reason) {
        log(fireId).refusals().computeIfAbsent(String.valueOf(reason), r -> new LongAdder()).increment();
    }

    private FireLog log(String fireId) {
        synchronized (fires) {
            return fires.computeIfAbsent(fireId, id -> new FireLog());
        }
    }

    /** The fire's tally; viewers whose first socket opened after {@code takenAt} count as late joiners (none when null). */
    FireTally tally(String fireId, Instant takenAt) {
        FireLog log;
        synchronized (fires) {
            log = fires.getOrDefault(fireId, new FireLog());
        }
        long lateAfter = takenAt == null ? Long.MAX_VALUE : takenAt.toEpochMilli();
        long[] onTime = new long[3];
        long[] late = new long[3];
        long reacting = 0;
        long answering = 0;
        Map<Integer, Long> byOption = new TreeMap<>();
        Map<String, Long> byLanguage = new TreeMap<>();
        Map<String, Long> refused = new TreeMap<>();
        Map<String, Integer> choices = new HashMap<>();
        for (Reaction r : log.viewers().values()) {
            long[] steps = r.joinedAtMillis > lateAfter ? late : onTime;
            steps[0]++;
            reacting += r.reacting ? 1 : 0;
            steps[1] += r.acked ? 1 : 0;
            answering += r.answer != null ? 1 : 0;
            String verdict = r.verdict;
            if (Reaction.ACCEPTED.equals(verdict)) {
                steps[2]++;
                if (r.answer.choice() != null) {
                    byOption.merge(r.answer.choice(), 1L, Long::sum);
                    choices.put(r.viewerId.toString(), r.answer.choice());
                }
                byLanguage.merge(r.lang, 1L, Long::sum);
            } else if (verdict != null) {
                refused.merge(verdict, 1L, Long::sum);
            }
        }
        return new FireTally(fireId, onTime[0], reacting, onTime[1], answering, onTime[2], late[0], late[1], late[2],
                byOption, byLanguage, refused, heard(log), choices);
    }

    private static Map<String, Long> heard(FireLog log) {
        Map<String, Long> heard = new TreeMap<>();
        log.refusals().forEach((reason, count) -> heard.put(reason, count.sum()));
        return heard;
    }
}
