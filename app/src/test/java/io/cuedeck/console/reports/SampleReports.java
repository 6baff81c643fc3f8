package io.cuedeck.console.reports;

import io.cuedeck.protocol.AckLatency;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.reports.LeaderEntry;
import io.cuedeck.protocol.reports.Reconciliation;
import io.cuedeck.protocol.reports.Split;
import java.time.Instant;
import java.util.List;

/** Reports as the backend sends them, with only the fields a test looks at filled in. */
final class SampleReports {

    static final Instant LIVE = Instant.parse("2026-12-02T12:00:00Z");

    private SampleReports() {
    }

    static FireReport fire(CueKind kind, long answers, Long correct, List<LeaderEntry> leaders) {
        return new FireReport("f-" + kind, "c", kind, "Which city hosts the final?", LIVE.plusSeconds(60), LIVE.plusSeconds(80),
                300, 290, 0, 280, AckLatency.NONE, answers, List.of(), correct, 0.5, null, null, List.of(),
                null, leaders, List.of(), null);
    }

    static ShowReport show(Instant liveAt, List<FireReport> fires, Split split, Reconciliation checks) {
        return new ShowReport("s", "Quiz night", 300, liveAt, fires, List.of(), ShowStatus.ENDED, liveAt,
                liveAt == null ? null : liveAt.plusSeconds(5400), liveAt == null ? 0 : 5400, 250, 260, 320, split,
                List.of(), List.of(), checks);
    }
}
