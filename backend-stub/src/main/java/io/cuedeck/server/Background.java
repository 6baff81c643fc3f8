package io.cuedeck.server;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own threads, named so a thread dump reads: {@code cuedeck-timer} (batch flushes,
 * fire timers), {@code cuedeck-ticker} (the per-second work and snapshots, which may wait on an
 * engine and must not delay the timers), {@code cuedeck-answers} (answer continuations).
 */
final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, named("cuedeck-timer"));
    final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(named("cuedeck-ticker"));
    final ExecutorService answers = Executors.newFixedThreadPool(2, named("cuedeck-answers"));

    /** Runs {@code task} every {@code periodMillis}; a failure is logged and the schedule goes on. */
    static void every(ScheduledExecutorService on, long initialMillis, long periodMillis, Runnable task, String what) {
        on.scheduleAtFixedRate(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("{} failed: {}", what, e.toString());
            }
        }, initialMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    void stopSchedules() {
        shutdown(List.of(ticker, timers));
    }

    void stopAnswers() {
        shutdown(List.of(answers));
    }

    private static void shutdown(List<ExecutorService> executors) {
        for (ExecutorService e : executors) {
            e.shutdownNow();
        }
        for (ExecutorService e : executors) {
            try {
                e.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
