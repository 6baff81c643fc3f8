package io.cuedeck.server.reports;

import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.reports.Check;
import io.cuedeck.protocol.reports.Split;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireCounts;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import io.cuedeck.server.engine.hot.FireLedger.FireState;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import java.time.Instant;
import java.util.List;

/** Where a report's counts come from: the hot engine while a fire is live, the cold store once finalised. */
public class FireCountsSource {

    private final HotEngine hot;
    private final ColdStore cold;

    public FireCountsSource(HotEngine hot, ColdStore cold) {
        this.hot = hot;
        this.cold = cold;
    }

    public FireCounts of(FireRecord fire) {
        FireTotals totals = fire.totals() != null ? fire.totals() : hot.fires().stats(fire.fireId())
                .map(s -> new FireTotals(s.delivered(), s.failed(), s.acks(), s.latency(), s.maxLatencyMs()))
                .orElse(new FireTotals(0, 0, 0, new long[LatencyHistogram.BUCKETS], 0));
        return LegacyCounts.of(fire.cue(), fire.receipt().targeted(), totals, cold.answers(fire.showId(), fire.fireId()));
    }

    public Instant closedAt(FireRecord fire) {
        return fire.closedAt() != null ? fire.closedAt()
                : hot.fires().get(fire.fireId()).map(FireState::closedAt).orElse(null);
    }

    public ReportService.Audience audience(String showId) {
        return new ReportService.Audience(0, Split.NONE);
    }

    public Check answersCheck(String showId, List<FireReport> fires) {
        return new Check(true, "Not checked yet.");
    }
}
