package io.cuedeck.console.capacity;

import io.cuedeck.console.live.ChartData;
import io.cuedeck.protocol.capacity.CapacityPlan;
import java.time.Instant;

/**
 * The chart's three lines, in units: desired (the plan, past day and next two, a point a minute),
 * ready (what the provider reported, sampled at each refresh since the console opened) and the
 * viewers of the show divided by the viewers per unit (from the console stream's ticks, a point
 * every 10 s). Written through {@link ChartData}, which never blocks the FX thread. No Node.
 */
public final class CapacitySeries {

    static final int MINUTES = 72 * 60;

    private final ChartData desired;
    private final ChartData ready;
    private final ChartData viewers;
    private long lastViewerSecond;

    public CapacitySeries(String desiredName, String readyName, String viewersName) {
        desired = new ChartData(desiredName, 2 * MINUTES + 10); // two points a minute: steps
        ready = new ChartData(readyName, 20_000);
        viewers = new ChartData(viewersName, 30_000);
    }

    /** Replaces the desired line with the plan, as steps (each minute's value held to the next). */
    public void plan(CapacityPlan plan) {
        desired.reset();
        long first = plan.from().getEpochSecond();
        for (int i = 0; i < plan.units().size(); i++) {
            long at = first + (long) i * plan.stepSeconds();
            desired.add(at, plan.units().get(i));
            desired.add(at + plan.stepSeconds() - 1, plan.units().get(i));
        }
    }

    public void ready(Instant at, int units) {
        ready.add(at.getEpochSecond(), units);
    }

    /** A tick's viewers, kept one every 10 seconds. */
    public void viewers(long epochSecond, long count, long viewersPerUnit) {
        if (epochSecond - lastViewerSecond < 10 || viewersPerUnit <= 0) {
            return;
        }
        lastViewerSecond = epochSecond;
        viewers.add(epochSecond, (double) count / viewersPerUnit);
    }

    public void clearViewers() {
        viewers.reset();
        lastViewerSecond = 0;
    }

    public void flush() {
        desired.flush();
        ready.flush();
        viewers.flush();
    }

    public ChartData desired() {
        return desired;
    }

    public ChartData ready() {
        return ready;
    }

    public ChartData viewers() {
        return viewers;
    }
}
