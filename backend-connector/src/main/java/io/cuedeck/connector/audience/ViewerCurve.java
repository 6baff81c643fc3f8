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
