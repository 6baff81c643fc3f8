package io.cuedeck.server.reports;

import io.cuedeck.protocol.AckLatency;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.CurvePoint;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import io.cuedeck.server.engine.hot.FireLedger.FireState;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import io.cuedeck.server.http.ApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports read both stores: a fire's delivery from its finalised totals (or the live ledger
 * before that), its answers from the cold store (what was acknowledged is what counts); a show's
 * viewer curve from {@link ViewerCurve}.
 */
public final class ReportService {

    private final HotEngine hot;
    private final ColdStore cold;
    private final ViewerCurve curve;

    public ReportService(HotEngine hot, ColdStore cold, ViewerCurve curve) {
        this.hot = hot;
        this.cold = cold;
        this.curve = curve;
    }

    public FireReport fireReport(String showId, String fireId) {
        show(showId);
        FireRecord fire = cold.fire(showId, fireId).filter(FireRecord::sent).orElseThrow(
                () -> ApiException.notFound("There is no fire '" + fireId + "' in show '" + showId + "'."));
        return report(fire);
    }

    public ShowReport showReport(String showId) {
        Show show = show(showId);
        List<FireReport> fires = cold.fires(showId).stream().filter(FireRecord::sent).map(this::report).toList();
        List<CurvePoint> points = curve.of(show);
        CurvePoint peak = null;
        for (CurvePoint p : points) {
            if (peak == null || p.viewers() > peak.viewers()) {
                peak = p;
            }
        }
        return new ShowReport(showId, show.title(), peak == null ? 0 : peak.viewers(),
                peak == null ? null : Instant.ofEpochSecond(peak.epochSecond()), fires, points);
    }

    private Show show(String showId) {
        return cold.show(showId).orElseThrow(() -> ApiException.notFound("There is no show '" + showId + "'."));
    }

    private FireReport report(FireRecord fire) {
        FireTotals totals = fire.totals() != null ? fire.totals() : liveTotals(fire.fireId());
        Instant closedAt = fire.closedAt() != null ? fire.closedAt()
                : hot.fires().get(fire.fireId()).map(FireState::closedAt).orElse(null);
        List<AnswerRecord> answers = cold.answers(fire.showId(), fire.fireId());
        CueKind kind = fire.cue().kind();
        long[] distribution = new long[kind.hasOptions() ? fire.cue().options().size() : 0];
        for (AnswerRecord a : answers) {
            if (a.choice() != null && a.choice() >= 0 && a.choice() < distribution.length) {
                distribution[a.choice()]++;
            }
        }
        Long correct = kind == CueKind.QUIZ ? distribution[fire.cue().correctOption()] : null;
        long[] latency = totals.latency();
        AckLatency ack = new AckLatency(
                LatencyHistogram.percentile(latency, totals.maxLatencyMs(), 0.50),
                LatencyHistogram.percentile(latency, totals.maxLatencyMs(), 0.95),
                LatencyHistogram.percentile(latency, totals.maxLatencyMs(), 0.99), totals.maxLatencyMs());
        List<Long> dist = new ArrayList<>();
        for (long d : distribution) {
            dist.add(d);
        }
        double rate = totals.delivered() == 0 ? 0 : (double) answers.size() / totals.delivered();
        return new FireReport(fire.fireId(), fire.cue().id(), kind, fire.cue().prompt().get(fire.cue().defaultLang()),
                fire.firedAt(), closedAt, fire.receipt().targeted(), totals.delivered(), totals.failed(), totals.acks(),
                ack, answers.size(), dist, correct, rate);
    }

    private FireTotals liveTotals(String fireId) {
        return hot.fires().stats(fireId)
                .map(s -> new FireTotals(s.delivered(), s.failed(), s.acks(), s.latency(), s.maxLatencyMs()))
                .orElse(new FireTotals(0, 0, 0, new long[LatencyHistogram.BUCKETS], 0));
    }
}
