package io.cuedeck.connector.audience;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * N simulated viewers of one show over non-blocking sockets (never a thread per viewer): HTTP
 * heartbeats with jitter, a viewer socket each, acks and answers drawn from the config's
 * distributions, reconnects when a socket drops. Holds 5,000 viewers in one JVM with four threads:
 * the HTTP client's selector, two I/O threads and one timer.
 *
 * <p>The crowd follows a plan: the config's curve (or a ramp to {@code viewers} over
 * {@code rampUp}) from the start, until {@link #resize} or {@link #follow} replaces it. Every 100 ms
 * the timer joins or removes viewers to match the plan. Thread-safe.
 */
public final class Audience implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Audience.class);
    private static final long TICK_MS = 100;

    /** A curve and the moment it started. */
    private record Plan(ViewerCurve curve, long originNanos) {
        int viewersAt(long nanos) {
            return curve.viewersAt(Duration.ofNanos(nanos - originNanos));
        }
    }

    private final Wire wire;
    private final Crowd crowd;
    private final ScheduledFuture<?> ticking;
    private volatile Plan plan;
    private long lastTick; // timer thread only

    private Audience(AudienceConfig config) {
        this.wire = new Wire(config);
        this.crowd = new Crowd(wire);
        this.lastTick = System.nanoTime();
        this.plan = new Plan(config.effectiveCurve(), lastTick);
        this.ticking = wire.timer.scheduleAtFixedRate(this::tick, 0, TICK_MS, TimeUnit.MILLISECONDS);
    }

    public static Audience start(AudienceConfig config) {
        return new Audience(config);
    }

    /** Grows or shrinks the crowd; new viewers join over the config's ramp-up, leavers close. */
    public void resize(int viewers) {
        resize(viewers, wire.config.rampUp());
    }

    /** Moves the crowd to {@code viewers} in a straight line over {@code over}, from its size now. */
    public synchronized void resize(int viewers, Duration over) {
        long now = System.nanoTime();
        int current = plan.viewersAt(now);
        follow(ViewerCurve.of(new ViewerCurve.Point(Duration.ZERO, current), new ViewerCurve.Point(over, viewers)));
    }

    /** Replaces the plan with {@code curve}, its time counted from now. */
    public synchronized void follow(ViewerCurve curve) {
        plan = new Plan(curve, System.nanoTime());
    }

    public AudienceStats stats() {
        return wire.counters.snapshot(plan.viewersAt(System.nanoTime()));
    }

    /**
     * What the crowd did about one fire so far (one of its last {@value Tallies#FIRES_KEPT}),
     * viewer by viewer; those whose first socket opened after {@code takenAt} count as late joiners
     * (none when it is null). Any thread.
     */
    public FireTally tally(String fireId, Instant takenAt) {
        return wire.tallies.tally(fireId, takenAt);
    }

    /** Everyone who joined so far, in the order they joined, those who left included. Any thread. */
    public List<AudienceMember> members() {
        try {
            return wire.timer.submit(crowd::everyone).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing the crowd", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the crowd could not be listed", e);
        }
    }

    /** Every viewer leaves (closing its socket politely, aborting it after a few seconds) and the threads stop. */
    @Override
    public void close() {
        if (ticking.isCancelled()) {
            return;
        }
        ticking.cancel(false);
        Future<List<Viewer>> leaving = wire.timer.submit(crowd::leaveAll);
        try {
            List<Viewer> leavers = leaving.get(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (wire.counters.connected.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            leavers.forEach(Viewer::abort);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the simulated audience did not close cleanly", e);
        } finally {
            wire.shutdown();
        }
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            crowd.reconcile(plan.viewersAt(now), Duration.ofNanos(now - lastTick));
            lastTick = now;
        } catch (RuntimeException e) {
            // A throwing periodic task would stop silently: log and keep ticking.
            LOG.error("simulated audience tick failed", e);
        }
    }
}
