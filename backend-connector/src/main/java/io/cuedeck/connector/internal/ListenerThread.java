package io.cuedeck.connector.internal;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.connector.ConsoleListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stream's current state and the one thread that calls its listener, one call at a time in the
 * order things were posted. The state changes and its delivery are queued together, so the listener
 * hears states in the order {@link #state()} took them, and nothing after {@code CLOSED}. A listener
 * that throws is logged and keeps receiving.
 */
final class ListenerThread {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerThread.class);

    private final ConsoleListener listener;
    private final ExecutorService thread;
    private volatile Thread current;
    private volatile ConnectionState state = ConnectionState.connecting();
    private boolean finished; // guarded by this

    ListenerThread(ConsoleListener listener, String name) {
        this.listener = listener;
        ThreadFactory names = NamedThreads.daemon(name);
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread made = names.newThread(task);
            current = made;
            return made;
        });
    }

    ConnectionState state() {
        return state;
    }

    /** Takes {@code next} as the state and tells the listener; ignored once finished. */
    synchronized void publish(ConnectionState next) {
        if (!finished) {
            state = next;
            thread.execute(() -> deliver(l -> l.onState(next)));
        }
    }

    synchronized void post(Consumer<ConsoleListener> call) {
        if (!finished) {
            thread.execute(() -> deliver(call));
        }
    }

    /**
     * Publishes {@code last} as the final state and stops; false when already finished. Waits a
     * little until it is delivered, so that after {@code close()} returns the listener has heard
     * it; not when called by the listener itself, which would wait for itself.
     */
    boolean finish(ConnectionState last) {
        synchronized (this) {
            if (finished) {
                return false;
            }
            publish(last);
            finished = true;
            thread.shutdown();
        }
        if (Thread.currentThread() != current) {
            try {
                thread.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return true;
    }

    private void deliver(Consumer<ConsoleListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            LOG.error("a console listener threw; the stream goes on", e);
        }
    }
}
