package io.cuedeck.server.testing;

import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.hot.Bus;
import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.IdempotencyKeys;
import io.cuedeck.server.engine.hot.Presence;
import io.cuedeck.server.engine.hot.SchedulerLease;
import io.cuedeck.server.engine.hot.SocketCounts;
import io.cuedeck.server.engine.hot.Timeline;
import io.cuedeck.server.engine.hot.memory.MemoryHotEngine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A real memory engine whose bus can be made to fail the next publish (as a Redis that went away
 * fails it), whose answer claims can be made to wait (as on a Redis that stopped answering), and which outlives the servers that use it: closing it from a server does nothing, so
 * a second server started on it finds the first one's ledger, as a node restarted on a Redis that
 * kept its data would. {@link #shutDown()} closes it for good.
 */
public final class FaultyHotEngine implements HotEngine {

    private final MemoryHotEngine real = new MemoryHotEngine();
    private final AtomicInteger publishFailures = new AtomicInteger();
    private final Bus bus = new Bus() {
        @Override
        public void publish(String message) {
            if (publishFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new EngineUnavailableException("Redis did not answer; try again shortly.");
            }
            real.bus().publish(message);
        }

        @Override
        public AutoCloseable subscribe(Consumer<String> listener) {
            return real.bus().subscribe(listener);
        }
    };

    private volatile CountDownLatch claimGate;
    private final AtomicInteger stalledClaims = new AtomicInteger();
    /** The real ledger, except that an answer's claim waits while {@link #stallAnswerClaims()} holds it. */
    private final FireLedger fires = (FireLedger) Proxy.newProxyInstance(FireLedger.class.getClassLoader(),
            new Class<?>[] {FireLedger.class}, (proxy, method, args) -> {
                CountDownLatch gate = claimGate;
                if (gate != null && method.getName().equals("claimAnswer")) {
                    stalledClaims.incrementAndGet();
                    gate.await(30, TimeUnit.SECONDS);
                }
                try {
                    return method.invoke(real.fires(), args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });

    /** Until {@link #releaseAnswerClaims()}, claiming a viewer's answer waits, as on a Redis that stopped answering. */
    public void stallAnswerClaims() {
        claimGate = new CountDownLatch(1);
    }

    public void releaseAnswerClaims() {
        CountDownLatch gate = claimGate;
        claimGate = null;
        if (gate != null) {
            gate.countDown();
        }
    }

    /** How many answer claims have waited on {@link #stallAnswerClaims()}. */
    public int stalledClaims() {
        return stalledClaims.get();
    }

    /** The next publish throws {@link EngineUnavailableException} and sends nothing. */
    public void failNextPublish() {
        publishFailures.set(1);
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public boolean isUp() {
        return true;
    }

    @Override
    public Presence presence() {
        return real.presence();
    }

    @Override
    public Timeline timeline() {
        return real.timeline();
    }

    @Override
    public IdempotencyKeys idempotency() {
        return real.idempotency();
    }

    @Override
    public FireLedger fires() {
        return fires;
    }

    @Override
    public io.cuedeck.server.engine.hot.FireReach reach() {
        return real.reach();
    }

    @Override
    public SocketCounts sockets() {
        return real.sockets();
    }

    @Override
    public SchedulerLease capacity() {
        return real.capacity();
    }

    @Override
    public io.cuedeck.server.engine.hot.ControlLocks control() {
        return real.control();
    }

    @Override
    public Bus bus() {
        return bus;
    }

    /** A server stopping leaves the engine as it is (see the class comment). */
    @Override
    public void close() {
    }

    public void shutDown() {
        real.close();
    }
}
