package io.cuedeck.console.reports;

import io.cuedeck.protocol.CurvePoint;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The summary figures of one show, worked out from its report: time on air, peak (from the
 * report), average and median viewers over the curve's seconds, the fires, their answers, the
 * response rate over all fires (answers / delivered) and the slowest fire's ack p95.
 */
public record ReportFigures(Duration onAir, long peak, Instant peakAt, long average, long median, int fires,
        long delivered, long answers, double responseRate, long worstAckP95) {

    public static ReportFigures of(Show show, ShowReport report, Instant now) {
        List<CurvePoint> curve = report.viewerCurve() == null ? List.of() : report.viewerCurve();
        long[] viewers = curve.stream().mapToLong(CurvePoint::viewers).sorted().toArray();
        long sum = 0;
        for (long v : viewers) {
            sum += v;
        }
        long average = viewers.length == 0 ? 0 : Math.round((double) sum / viewers.length);
        long median = viewers.length == 0 ? 0 : viewers.length % 2 == 1 ? viewers[viewers.length / 2]
                : Math.round((viewers[viewers.length / 2 - 1] + viewers[viewers.length / 2]) / 2.0);
        List<FireReport> fires = report.fires() == null ? List.of() : report.fires();
        long delivered = fires.stream().mapToLong(FireReport::delivered).sum();
        long answers = fires.stream().mapToLong(FireReport::answers).sum();
        long worst = fires.stream().mapToLong(f -> f.ackLatencyMs() == null ? 0 : f.ackLatencyMs().p95()).max().orElse(0);
        return new ReportFigures(onAir(show, now), report.peakViewers(), report.peakAt(), average, median,
                fires.size(), delivered, answers, delivered == 0 ? 0 : (double) answers / delivered, worst);
    }

    /** From going live to ending (or to now while still live); zero for a show never on air. */
    static Duration onAir(Show show, Instant now) {
        if (show == null || show.liveAt() == null) {
            return Duration.ZERO;
        }
        Instant end = show.endedAt() != null ? show.endedAt() : now;
        return end.isBefore(show.liveAt()) ? Duration.ZERO : Duration.between(show.liveAt(), end);
    }
}
