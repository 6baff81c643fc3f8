package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.hot.SchedulerLease;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The lease of a single node: one synchronized holder with an expiry on the engine's clock. */
final class MemorySchedulerLease implements SchedulerLease {

    private final Clock clock;
    private String holder;
    private long holderUntil;
    private String state;
    private long stateUntil;

    MemorySchedulerLease(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean claim(String nodeId, Duration ttl) {
        long now = clock.millis();
        if (holder == null || holderUntil <= now || holder.equals(nodeId)) {
            holder = nodeId;
            holderUntil = now + ttl.toMillis();
            return true;
        }
        return false;
    }

    @Override
    public synchronized void release(String nodeId) {
        if (nodeId.equals(holder)) {
            holder = null;
        }
    }

    @Override
    public synchronized Optional<String> holder() {
        return holder != null && holderUntil > clock.millis() ? Optional.of(holder) : Optional.empty();
    }

    @Override
    public synchronized void publish(String published, Duration ttl) {
        state = published;
        stateUntil = clock.millis() + ttl.toMillis();
    }

    @Override
    public synchronized Optional<String> published() {
        return state != null && stateUntil > clock.millis() ? Optional.of(state) : Optional.empty();
    }
}
