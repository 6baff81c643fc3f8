package io.cuedeck.console.live;

import io.cuedeck.protocol.CurvePoint;
import io.cuedeck.protocol.console.Tick;
import java.util.List;

/**
 * The Live charts' data: the last hour at one point per second (epoch seconds on x) for viewers,
 * heartbeats per second, joins and leaves (leaves drawn below zero). Ring buffers: memory and
 * drawing cost stay flat however long the show runs. Data models only, no Node; touched on the UI
 * thread.
 */
public final class LiveSeries {

    public static final int CAPACITY = 3600;

    private final ChartData viewers;
    private final ChartData heartbeats;
    private final ChartData joins;
    private final ChartData leaves;
    private double lastX = Double.NEGATIVE_INFINITY;

    public LiveSeries(String viewersName, String heartbeatsName, String joinsName, String leavesName) {
        viewers = new ChartData(viewersName, CAPACITY);
        heartbeats = new ChartData(heartbeatsName, CAPACITY);
        joins = new ChartData(joinsName, CAPACITY);
        leaves = new ChartData(leavesName, CAPACITY);
    }

    /** Adds one second; a tick for a second already drawn (a replay after reconnect) is skipped. */
    public boolean add(Tick tick) {
        double x = tick.t() / 1000.0;
        if (x <= lastX) {
            return false;
        }
        lastX = x;
        viewers.add(x, tick.viewers());
        heartbeats.add(x, tick.heartbeatsPerSecond());
        joins.add(x, tick.joins());
        leaves.add(x, -tick.leaves());
        return true;
    }

    /** Fills the viewer chart with the show's history (from the show report), oldest first. */
    public void backfill(List<CurvePoint> curve) {
        int from = Math.max(0, curve.size() - CAPACITY);
        for (CurvePoint point : curve.subList(from, curve.size())) {
            if (point.epochSecond() > lastX) {
                viewers.add(point.epochSecond(), point.viewers());
                lastX = point.epochSecond();
            }
        }
    }

    /** Writes the points that arrived since the last frame into the charts' data sets. */
    public void flush() {
        viewers.flush();
        heartbeats.flush();
        joins.flush();
        leaves.flush();
    }

    public void clear() {
        viewers.reset();
        heartbeats.reset();
        joins.reset();
        leaves.reset();
        lastX = Double.NEGATIVE_INFINITY;
    }

    public ChartData viewers() {
        return viewers;
    }

    public ChartData heartbeats() {
        return heartbeats;
    }

    public ChartData joins() {
        return joins;
    }

    public ChartData leaves() {
        return leaves;
    }
}
