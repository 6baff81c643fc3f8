package io.cuedeck.server.testing;

import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.cold.ColdStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * A real store, instrumented for tests ({@link #store()} is the store to hand to a server): its
 * writes can be made to fail as an unreachable backing service fails them (reads keep working, as
 * they would from a replica), its answer and snapshot writes can be made to hang as on a node that
 * stalls or dies mid-write, and every call is counted by method name, so a test can check what reaches the
 * store.
 */
public final class InstrumentedColdStore implements InvocationHandler {

    private static final Set<String> WRITES = Set.of("createShow", "updateShow", "addCue", "updateCue",
            "deleteCue", "reorder", "putFire", "appendAnswers", "putSnapshot", "putSnapshots");

    private final ColdStore real;
    private final ColdStore store;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile CountDownLatch answersHeld = new CountDownLatch(0);
    private volatile CountDownLatch snapshotsHeld = new CountDownLatch(0);
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> failAfter = new ConcurrentHashMap<>();

    public InstrumentedColdStore(ColdStore real) {
        this.real = real;
        this.store = (ColdStore) Proxy.newProxyInstance(ColdStore.class.getClassLoader(),
                new Class<?>[] {ColdStore.class}, this);
    }

    /** The instrumented store. */
    public ColdStore store() {
        return store;
    }

    /** While down, every write fails with {@link EngineUnavailableException} and {@code isUp()} is false. */
    public void down(boolean isDown) {
        down = isDown;
    }

    /** Answer writes from now on wait (without writing) until {@link #releaseAnswers()}. */
    public void holdAnswers() {
        answersHeld = new CountDownLatch(1);
    }

    /** Lets held answer writes go on to the real store. */
    public void releaseAnswers() {
        answersHeld.countDown();
    }

    /** Snapshot writes from now on wait (without writing) until {@link #releaseSnapshots()}. */
    public void holdSnapshots() {
        snapshotsHeld = new CountDownLatch(1);
    }

    /** Lets held snapshot writes go on (to the real store, or to fail if the store is down by then). */
    public void releaseSnapshots() {
        snapshotsHeld.countDown();
    }

    /**
     * The call of {@code method} after the next {@code skip} ones fails once, as an unreachable
     * store fails it (say {@code failOnce("putFire", 1)}: the second fire write of what follows).
     */
    public void failOnce(String method, int skip) {
        failAfter.put(method, new java.util.concurrent.atomic.AtomicInteger(skip));
    }

    /** How many times {@code method} (a {@link ColdStore} method name) was called. */
    public long calls(String method) {
        LongAdder n = calls.get(method);
        return n == null ? 0 : n.sum();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        calls.computeIfAbsent(name, m -> new LongAdder()).increment();
        if (name.equals("appendAnswers")) {
            answersHeld.await();
        }
        if (name.startsWith("putSnapshot")) {
            snapshotsHeld.await();
        }
        java.util.concurrent.atomic.AtomicInteger countdown = failAfter.get(name);
        if (countdown != null && countdown.getAndDecrement() == 0) {
            failAfter.remove(name);
            throw new EngineUnavailableException("The SQLite store cannot be written (disk full?); try again shortly.");
        }
        if (down && WRITES.contains(name)) {
            throw new EngineUnavailableException("The SQLite store cannot be written (disk full?); try again shortly.");
        }
        if (name.equals("isUp")) {
            return !down && real.isUp();
        }
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
