package io.cuedeck.connector.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one thread on which a console stream makes its decisions, with at most one timer pending (the
 * next try or the handshake deadline). One thread means the decisions need no lock, and work that
 * may block (a snapshot fetch) never runs on a socket thread or on the listener's.
 */
final class LinkThread {

    private final ScheduledExecutorService thread;
    private ScheduledFuture<?> timer; // this thread only

    LinkThread(String name) {
        this.thread = Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon(name));
    }

    /** Runs {@code task} on this thread; any thread may call it. Dropped once shut down. */
    void execute(Runnable task) {
        if (!thread.isShutdown()) {
            try {
                thread.execute(task);
            } catch (RejectedExecutionException closing) {
                // closed meanwhile: nothing left to do
            }
        }
    }

    /** Sets the timer to run {@code task} on this thread after {@code delay}; called on this thread only. */
    void setTimer(Duration delay, Runnable task) {
        timer = thread.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Cancels the pending timer, if any; called on this thread only. */
    void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** Stops the thread; any thread may call it. Interrupts the task in flight (a snapshot fetch). */
    void shutdownNow() {
        thread.shutdownNow();
    }
}
