package io.cuedeck.console.reports;

import io.cuedeck.protocol.reports.ShowSummary;

/**
 * One show's line of the comparison, as the backend summed it ({@link ShowSummary}): reach rate is
 * reached / targeted over all its fires, response rate answered / reached, ack p95 over every ack
 * of all its fires.
 */
public record CompareRow(String showId, String title, long peak, long average, long unique, int fires,
        double reachRate, double responseRate, long ackP95) {

    static CompareRow of(ShowSummary s) {
        return new CompareRow(s.showId(), s.title(), s.peakViewers(), Math.round(s.averageViewers()), s.uniqueViewers(),
                s.fires(), s.reachRate(), s.responseRate(), s.ackP95Ms());
    }
}
