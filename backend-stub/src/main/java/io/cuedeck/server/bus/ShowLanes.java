package io.cuedeck.server.bus;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One serial lane per show on a small shared pool: the work of one show (its fan-outs, closes,
 * results, and adding a new viewer socket to it) runs in the order it was handed in, one task at
 * a time, while other shows' lanes run on the pool's other threads. So a fan-out to 19,000
 * viewers of one show never delays another show's fire or close, and a socket joining a show is
 * added between two fan-outs of it, never during one (which is what lets a joining viewer get
 * every open cue exactly once without remembering per socket what it was sent).
 */
public final class ShowLanes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShowLanes.class);

    private final ExecutorService pool;
    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

    public ShowLanes() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public ShowLanes(int threads) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cuedeck-show-lane-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} on the show's lane, after every task handed in for that show before it. */
    public void run(String showId, Runnable task) {
        lanes.computeIfAbsent(showId, id -> new Lane()).offer(task);
    }

    /** Drops the lane of a show that ended, once its queued work has run. */
    public void forget(String showId) {
        run(showId, () -> lanes.remove(showId));
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Lane {
        private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        void offer(Runnable task) {
            tasks.add(task);
            schedule();
        }

        private void schedule() {
            if (scheduled.compareAndSet(false, true)) {
                try {
                    pool.execute(this::drain);
                } catch (RejectedExecutionException stopping) {
                    scheduled.set(false);
                }
            }
        }

        /** Runs what is queued; a task that fails is logged and the lane goes on. */
        private void drain() {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("a show lane task failed", e);
                }
            }
            scheduled.set(false);
            if (!tasks.isEmpty()) {
                schedule();
            }
        }
    }
}
