package io.cuedeck.connector.audience;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * How many viewers a simulated crowd should have over time: it starts empty, moves in a straight
 * line from point to point (so joins or leaves are spread evenly between them) and holds the last
 * point's size. Times are counted from {@link Audience#start}.
 */
public record ViewerCurve(List<Point> points) {

    /** {@code viewers} wanted at {@code at} after the start. */
    public record Point(Duration at, int viewers) {

        public Point {
            if (at == null || at.isNegative()) {
                throw new IllegalArgumentException("a curve point needs a time of zero or more, not " + at);
            }
            if (viewers < 0) {
                throw new IllegalArgumentException("a curve point needs zero or more viewers, not " + viewers);
            }
        }
    }

    public ViewerCurve {
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("a viewer curve needs at least one point");
        }
        points = points.stream().sorted(Comparator.comparing(Point::at)).toList();
    }

    public static ViewerCurve of(Point... points) {
        return new ViewerCurve(List.of(points));
    }

    /** From none to {@code viewers} in a straight line over {@code rampUp}, then steady. */
    public static ViewerCurve ramp(int viewers, Duration rampUp) {
        return of(new Point(rampUp, viewers));
    }

    /**
     * A join storm: {@code viewers} arrive within {@code within} (evenly, all of them before it
     * ends: 20,000 in 10 s is 2,000 a second), and stay.
     */
    public static ViewerCurve joinStorm(int viewers, Duration within) {
        return ramp(viewers, within);
    }

    /**
     * A past show's audience again: the viewer curve of its report ({@code [epochSecond, viewers]}
     * per second), its first point at the start, played {@code speed} times faster (60: an hour in
     * a minute), scaled by {@code scale} (0.5: half the viewers), and never more than
     * {@code cap} viewers (one process holds about 19,000).
     */
    public static ViewerCurve replay(List<io.cuedeck.protocol.CurvePoint> report, double speed, double scale, int cap) {
        if (report == null || report.isEmpty()) {
            throw new IllegalArgumentException("the report has no viewer curve to replay");
        }
        if (speed <= 0 || scale < 0 || cap < 0) {
            throw new IllegalArgumentException("speed must be more than 0, scale and cap 0 or more");
        }
        long first = report.get(0).epochSecond();
        java.util.List<Point> points = new java.util.ArrayList<>();
        for (io.cuedeck.protocol.CurvePoint p : report) {
            long ms = Math.round((p.epochSecond() - first) * 1000 / speed);
            points.add(new Point(Duration.ofMillis(ms), (int) Math.min(cap, Math.round(p.viewers() * scale))));
        }
        return new ViewerCurve(points);
    }

    /** Viewers wanted {@code elapsed} after the start. */
    public int viewersAt(Duration elapsed) {
        long t = elapsed.toMillis();
        long fromT = 0;
        int fromV = 0;
        for (Point p : points) {
            long toT = p.at().toMillis();
            if (t < toT) {
                return (int) Math.round(fromV + (double) (p.viewers() - fromV) * (t - fromT) / (toT - fromT));
            }
            fromT = toT;
            fromV = p.viewers();
        }
        return fromV;
    }
}
