package io.cuedeck.console.reports;

/**
 * One show's column of the comparison: its title and the figures a manager compares shows by
 * (reach rate: delivered / targeted over all fires; response rate: answers / delivered).
 */
public record CompareRow(String showId, String title, long peak, long average, long median, int fires,
        double reachRate, double responseRate, long ackP95) {

    static CompareRow of(io.cuedeck.protocol.Show show, io.cuedeck.protocol.ShowReport report, java.time.Instant now) {
        ReportFigures f = ReportFigures.of(show, report, now);
        long targeted = report.fires() == null ? 0
                : report.fires().stream().mapToLong(io.cuedeck.protocol.FireReport::targeted).sum();
        double reach = targeted == 0 ? 0 : Math.min(1.0, (double) f.delivered() / targeted);
        return new CompareRow(show.id(), show.title(), f.peak(), f.average(), f.median(), f.fires(), reach,
                f.responseRate(), f.worstAckP95());
    }
}
