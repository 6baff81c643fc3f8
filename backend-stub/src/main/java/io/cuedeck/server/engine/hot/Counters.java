package io.cuedeck.server.engine.hot;

import io.cuedeck.protocol.reports.LeaderEntry;
import io.cuedeck.server.engine.cold.FireCounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link FireCounts} from a fire's named counters ({@code writes}, {@code failed:R}, {@code refused:R}). */
public final class Counters {

    private Counters() {
    }

    public static FireCounts counts(Reach reach, Map<String, Long> counters, long ackers, long[] latency, long max,
            long answers, long[] options, Map<String, long[]> byLanguage, List<LeaderEntry> leaders,
            Map<Long, Long> perSecond) {
        Map<String, Long> failures = new HashMap<>();
        Map<String, Long> refused = new HashMap<>();
        long failed = 0;
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            if (e.getKey().startsWith("failed:")) {
                failures.merge(e.getKey().substring(7), e.getValue(), Long::sum);
                failed += e.getValue();
            } else if (e.getKey().startsWith("refused:")) {
                refused.merge(e.getKey().substring(8), e.getValue(), Long::sum);
            }
        }
        return new FireCounts(reach.presentAtTake(), reach.targeted(), reach.reached(), reach.acked(), reach.answered(),
                reach.lateJoiners(), reach.lateAcked(), reach.lateAnswered(), counters.getOrDefault("writes", 0L),
                failed, failures, ackers, latency, max, answers, options, byLanguage, leaders, perSecond, refused);
    }
}
