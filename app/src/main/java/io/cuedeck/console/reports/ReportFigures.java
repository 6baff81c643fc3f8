package io.cuedeck.console.reports;

import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.reports.FireFunnel;
import io.cuedeck.protocol.reports.FunnelRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The summary tiles of one show, from its report: time on air, peak and when, average, median and
 * unique viewers, the fires, their answers, the response rate over all fires (unique viewers who
 * answered / unique viewers reached, late joiners apart) and the slowest fire's ack p95.
 */
public record ReportFigures(Duration onAir, long peak, Instant peakAt, long average, long median, long unique,
        int fires, long answers, double responseRate, long worstAckP95) {

    public static ReportFigures of(ShowReport report) {
        List<FireReport> fires = report.fires() == null ? List.of() : report.fires();
        List<FunnelRow> rows = report.funnels() == null ? List.of() : report.funnels();
        long reached = 0;
        long answered = 0;
        for (FunnelRow row : rows) {
            FireFunnel f = row.funnel() == null ? FireFunnel.EMPTY : row.funnel();
            reached += f.reached();
            answered += f.answered();
        }
        long answers = fires.stream().mapToLong(FireReport::answers).sum();
        long worst = rows.stream().mapToLong(FunnelRow::ackP95Ms).max().orElse(0);
        return new ReportFigures(Duration.ofSeconds(report.timeOnAirSeconds()), report.peakViewers(), report.peakAt(),
                Math.round(report.averageViewers()), report.medianViewers(), report.uniqueViewers(), fires.size(),
                answers, reached == 0 ? 0 : (double) answered / reached, worst);
    }
}
