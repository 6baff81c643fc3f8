package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.hot.Bus;
import io.cuedeck.server.engine.hot.ControlLocks;
import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.IdempotencyKeys;
import io.cuedeck.server.engine.hot.Presence;
import io.cuedeck.server.engine.hot.SchedulerLease;
import io.cuedeck.server.engine.hot.SocketCounts;
import io.cuedeck.server.engine.hot.Timeline;
import java.time.Clock;

/**
 * The single-node hot engine: every part lives in this JVM's heap. It is the default engine and
 * a real one (a rehearsal or a small show runs on it), not a test double. Time-to-live checks
 * read the given clock; the parts whose methods take {@code now} use that instead.
 */
public final class MemoryHotEngine implements HotEngine {

    private final MemoryPresence presence = new MemoryPresence();
    private final MemoryTimeline timeline = new MemoryTimeline();
    private final MemoryIdempotencyKeys idempotency;
    private final MemoryFireLedger fires;
    private final MemorySocketCounts sockets;
    private final MemoryBus bus = new MemoryBus();
    private final MemoryFireReach reach = new MemoryFireReach(presence);
    private final MemoryControlLocks control;
    private final MemorySchedulerLease capacity;

    public MemoryHotEngine(Clock clock) {
        this.idempotency = new MemoryIdempotencyKeys(clock);
        this.fires = new MemoryFireLedger(clock);
        this.sockets = new MemorySocketCounts(clock);
        this.control = new MemoryControlLocks(clock);
        this.capacity = new MemorySchedulerLease(clock);
    }

    public MemoryHotEngine() {
        this(Clock.systemUTC());
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean isUp() {
        return true;
    }

    @Override
    public Presence presence() {
        return presence;
    }

    @Override
    public Timeline timeline() {
        return timeline;
    }

    @Override
    public IdempotencyKeys idempotency() {
        return idempotency;
    }

    @Override
    public FireLedger fires() {
        return fires;
    }

    @Override
    public io.cuedeck.server.engine.hot.FireReach reach() {
        return reach;
    }

    @Override
    public SocketCounts sockets() {
        return sockets;
    }

    @Override
    public Bus bus() {
        return bus;
    }

    @Override
    public ControlLocks control() {
        return control;
    }

    @Override
    public SchedulerLease capacity() {
        return capacity;
    }

    @Override
    public void close() {
        bus.close();
    }
}
