package io.cuedeck.server.reports;

import io.cuedeck.protocol.CurvePoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Peak, average, median and coverage of a viewer curve over the seconds a show was on air. */
final class ShowFigures {

    final long peak;
    final Instant peakAt;
    final double average;
    final long median;

    private ShowFigures(long peak, Instant peakAt, double average, long median) {
        this.peak = peak;
        this.peakAt = peakAt;
        this.average = average;
        this.median = median;
    }

    /** Figures of the points between {@code fromSecond} and {@code toSecond} (inclusive; either may be null for open). */
    static ShowFigures of(List<CurvePoint> curve, Long fromSecond, Long toSecond) {
        CurvePoint peak = null;
        List<Long> values = new ArrayList<>();
        long sum = 0;
        for (CurvePoint p : curve) {
            if ((fromSecond != null && p.epochSecond() < fromSecond) || (toSecond != null && p.epochSecond() > toSecond)) {
                continue;
            }
            if (peak == null || p.viewers() > peak.viewers()) {
                peak = p;
            }
            values.add(p.viewers());
            sum += p.viewers();
        }
        if (values.isEmpty()) {
            return new ShowFigures(0, null, 0, 0);
        }
        values.sort(null);
        int n = values.size();
        long median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        return new ShowFigures(peak.viewers(), Instant.ofEpochSecond(peak.epochSecond()), (double) sum / n, median);
    }
}
