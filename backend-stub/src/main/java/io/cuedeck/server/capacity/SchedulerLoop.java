package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.CapacityState;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.hot.SchedulerLease;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the scheduler on one node of the cluster: every tick ({@code cuedeck-capacity} thread) the
 * node claims the lease; the holder ticks the scheduler and publishes its state for every node's
 * {@code GET /capacity}. A node that dies stops renewing; its lease lapses after the lease TTL and the
 * next node's claim, at most a tick later, takes over (15 s + 5 s by default). A node that stops
 * gracefully releases the lease at once.
 */
final class SchedulerLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);

    private final SchedulerLease lease;
    private final Scheduler scheduler;
    private final SchedulerStatus status;
    private final String nodeId;
    private final Duration tick;
    private final Duration ttl;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cuedeck-capacity");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean leader;

    SchedulerLoop(SchedulerLease lease, Scheduler scheduler, SchedulerStatus status, String nodeId, Duration tick,
            Duration ttl) {
        this.lease = lease;
        this.scheduler = scheduler;
        this.status = status;
        this.nodeId = nodeId;
        this.tick = tick;
        this.ttl = ttl;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::once, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Soon, on the capacity thread (a boost was added or changed). */
    void nudge() {
        if (!thread.isShutdown()) {
            thread.execute(this::once);
        }
    }

    private void once() {
        try {
            boolean was = leader;
            leader = lease.claim(nodeId, ttl);
            if (leader && !was) {
                scheduler.tookOver(); // another node may have acted meanwhile: read the actions again
            }
            if (leader) {
                scheduler.tick();
                lease.publish(Json.write(status.state(nodeId)), ttl.multipliedBy(2));
            }
        } catch (RuntimeException e) {
            leader = false;
            LOG.warn("the capacity scheduler could not run: {}", e.toString());
        }
    }

    boolean leader() {
        return leader;
    }

    /** This node's own state when it leads, else what the leader published (empty if nobody does). */
    java.util.Optional<CapacityState> state() {
        if (leader) {
            return java.util.Optional.of(status.state(nodeId));
        }
        return lease.published().map(text -> Json.read(text, CapacityState.class));
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (leader) {
                lease.release(nodeId);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not release the capacity lease; it lapses after {}", ttl);
        }
    }
}
