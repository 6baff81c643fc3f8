package io.cuedeck.server.reports;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.FireCounts;
import io.cuedeck.server.engine.cold.FireTotals;
import java.util.List;
import java.util.Map;

/**
 * Figures of a fire counted before unique-viewer counting existed (stored totals and the answers):
 * socket writes stand in for reached viewers, and nothing is known about presence or languages.
 */
final class LegacyCounts {

    private LegacyCounts() {
    }

    static FireCounts of(Cue cue, long targeted, FireTotals totals, List<AnswerRecord> answers) {
        long[] options = new long[cue.kind().hasOptions() ? cue.options().size() : 0];
        for (AnswerRecord a : answers) {
            if (a.choice() != null && a.choice() >= 0 && a.choice() < options.length) {
                options[a.choice()]++;
            }
        }
        long reached = Math.min(targeted, totals.delivered());
        long late = Math.max(0, totals.delivered() - targeted);
        long acked = Math.min(reached, totals.acks());
        long answered = Math.min(acked, answers.size());
        return new FireCounts(targeted, targeted, reached, acked, answered, late, 0, 0,
                totals.delivered(), totals.failed(), totals.failed() == 0 ? Map.of() : Map.of("error", totals.failed()),
                totals.acks(), totals.latency(), totals.maxLatencyMs(), answers.size(), options, Map.of(),
                List.of(), Map.of(), Map.of());
    }

    static boolean quiz(Cue cue) {
        return cue.kind() == CueKind.QUIZ;
    }
}
