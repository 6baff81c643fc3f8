package io.cuedeck.server.reports;

import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.reports.Check;
import io.cuedeck.protocol.reports.Split;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireCounts;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import io.cuedeck.server.engine.hot.FireLedger.FireState;
import io.cuedeck.server.engine.hot.FireReach.ShowAudience;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a report's counts come from: the cold store once a fire is finalised (its
 * {@link FireTotals#counts()}), the hot engine's {@link io.cuedeck.server.engine.hot.FireReach}
 * before that. Only a fire finalised before unique-viewer counting existed reads its stored answers
 * ({@link LegacyCounts}).
 */
public class FireCountsSource {

    private final HotEngine hot;
    private final ColdStore cold;
    private final Runnable settle;

    public FireCountsSource(HotEngine hot, ColdStore cold) {
        this(hot, cold, () -> { });
    }

    /**
     * @param settle sends this node's queued viewer events (acks, answers, writes) to the hot engine
     *               before a fire that is not finalised is counted, so a report asked for right after
     *               an answer this node accepted includes it (other nodes flush within 200 ms)
     */
    public FireCountsSource(HotEngine hot, ColdStore cold, Runnable settle) {
        this.hot = hot;
        this.cold = cold;
        this.settle = settle;
    }

    public FireCounts of(FireRecord fire) {
        if (fire.totals() != null && fire.totals().counts() != null) {
            return fire.totals().counts();
        }
        settle.run();
        if (fire.totals() == null) {
            // the hot counts, with the cold store's answers put back when Redis or this node lost some
            FireCounts live = io.cuedeck.server.fire.AnswerRepair.countsWithEveryStoredAnswer(hot.reach(), cold, fire);
            if (live != null) {
                return live;
            }
        }
        FireTotals totals = fire.totals() != null ? fire.totals() : hot.fires().stats(fire.fireId())
                .map(s -> new FireTotals(s.delivered(), s.failed(), s.acks(), s.latency(), s.maxLatencyMs()))
                .orElse(new FireTotals(0, 0, 0, new long[LatencyHistogram.BUCKETS], 0));
        // a fire with no counts at all may still have stored answers: after a restart of this node
        // (memory engine) or an emptied Redis the hot counts are gone, the cold store is the truth
        if (totals.delivered() == 0 && totals.acks() == 0 && fire.totals() == null
                && cold.answerCount(fire.showId(), fire.fireId()) == 0) {
            return LegacyCounts.of(fire.cue(), fire.receipt().targeted(), totals, List.of());
        }
        return LegacyCounts.of(fire.cue(), fire.receipt().targeted(), totals, cold.answers(fire.showId(), fire.fireId()));
    }

    public Instant closedAt(FireRecord fire) {
        return fire.closedAt() != null ? fire.closedAt()
                : hot.fires().get(fire.fireId()).map(FireState::closedAt).orElse(null);
    }

    public ReportService.Audience audience(String showId) {
        ShowAudience a = hot.reach().audience(showId);
        return new ReportService.Audience(a.unique(), new Split(a.platform(), a.region(), a.language()));
    }

    /**
     * Every answer counted as accepted while the show ran is in the cold store: per fire, the
     * counted answers against a {@code COUNT} of the stored ones.
     */
    public Check answersCheck(String showId, List<FireReport> fires) {
        List<String> off = new ArrayList<>();
        long counted = 0;
        for (FireReport f : fires) {
            if (f.kind() == CueKind.ANNOUNCEMENT) {
                continue;
            }
            long stored = cold.answerCount(showId, f.fireId());
            counted += f.answers();
            if (stored != f.answers()) {
                off.add(f.fireId() + " (" + f.answers() + " accepted, " + stored + " stored)");
            }
        }
        if (off.isEmpty()) {
            return new Check(true, "All " + counted + " accepted answers of " + fires.size()
                    + (fires.size() == 1 ? " fire are" : " fires are") + " in the cold store.");
        }
        return new Check(false, "Accepted answers and stored answers differ for " + String.join(", ", off) + ".");
    }
}
