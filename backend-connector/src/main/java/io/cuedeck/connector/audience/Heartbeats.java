package io.cuedeck.connector.audience;

import io.cuedeck.protocol.viewer.HeartbeatRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

/**
 * One viewer's HTTP heartbeats: one at join, then each an interval (plus or minus 10 %) after the
 * previous one got its answer, to whichever node the viewer is on now. Timing from the answer means
 * a backlog (the crowd's limit on heartbeats in flight) never sends two within the server's
 * 5-second window.
 */
final class Heartbeats {

    private final Wire wire;
    private final HeartbeatRequest body;
    private final IntSupplier node;
    private boolean stopped; // guarded by this
    private ScheduledFuture<?> next; // guarded by this

    Heartbeats(Wire wire, HeartbeatRequest body, IntSupplier node) {
        this.wire = wire;
        this.body = body;
        this.node = node;
    }

    void start() {
        beat();
    }

    synchronized void stop() {
        stopped = true;
        if (next != null) {
            next.cancel(false);
        }
    }

    private void beat() {
        wire.heartbeats.submit(() -> {
            synchronized (this) {
                if (stopped) {
                    return CompletableFuture.completedFuture(null);
                }
            }
            wire.counters.heartbeatsSent.increment();
            return wire.http.sendAsync(wire.heartbeat(node.getAsInt(), body), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (error != null) {
                            wire.counters.heartbeatsFailed.increment();
                        } else if (response.statusCode() / 100 != 2) {
                            wire.counters.heartbeatsRefused.increment();
                        }
                        planNext();
                    });
        });
    }

    private synchronized void planNext() {
        if (!stopped) {
            long interval = wire.config.heartbeatInterval().toMillis();
            double jitter = 0.9 + 0.2 * ThreadLocalRandom.current().nextDouble();
            next = wire.later(Duration.ofMillis((long) (interval * jitter)), this::beat);
        }
    }
}
