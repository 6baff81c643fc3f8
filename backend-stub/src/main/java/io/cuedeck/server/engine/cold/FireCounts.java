package io.cuedeck.server.engine.cold;

import io.cuedeck.protocol.reports.LeaderEntry;
import java.util.List;
import java.util.Map;

/**
 * Every figure of a fire's report, as counted while the show ran and, once the fire is finalised, as stored in
 * the cold store: a report reads this, never the raw answers.
 *
 * <p>Funnel steps count unique viewer ids (see {@link io.cuedeck.protocol.reports.FireFunnel}):
 * {@code presentAtTake >= targeted >= reached >= acked >= answered}; late joiners apart.
 * {@code ackers} and {@code answers} count every unique acking and answering viewer (late joiners
 * included). {@code latency} holds {@link io.cuedeck.server.engine.hot.LatencyHistogram} bucket
 * counts of first acks, {@code maxLatencyMs} the exact largest. {@code options} has one count per
 * option. {@code byLanguage} maps a language to its answers ({@code [0]}) then one count per option.
 * {@code leaders} are the (up to) 10 fastest correct answers of a quiz, fastest first.
 * {@code perSecond} maps an epoch second to the answers accepted in it. {@code failures} and
 * {@code refused} split failed writes and refused answers by reason.
 */
public record FireCounts(
        long presentAtTake, long targeted, long reached, long acked, long answered,
        long lateJoiners, long lateAcked, long lateAnswered,
        long writes, long failedWrites, Map<String, Long> failures,
        long ackers, long[] latency, long maxLatencyMs,
        long answers, long[] options, Map<String, long[]> byLanguage,
        List<LeaderEntry> leaders, Map<Long, Long> perSecond, Map<String, Long> refused) {

    public FireCounts {
        failures = failures == null ? Map.of() : Map.copyOf(failures);
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
        perSecond = perSecond == null ? Map.of() : Map.copyOf(perSecond);
        refused = refused == null ? Map.of() : Map.copyOf(refused);
    }
}
