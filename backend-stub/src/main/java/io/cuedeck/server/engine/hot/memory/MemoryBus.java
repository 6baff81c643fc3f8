package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.hot.Bus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers on one dispatcher thread, as a remote bus would on its own thread: publishers never run
 * listeners themselves, and the single thread keeps publish order.
 */
final class MemoryBus implements Bus {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryBus.class);

    private static final class Subscription implements AutoCloseable {
        final Consumer<String> listener;
        volatile boolean active = true;

        final List<Subscription> owner;

        Subscription(Consumer<String> listener, List<Subscription> owner) {
            this.listener = listener;
            this.owner = owner;
        }

        @Override
        public void close() {
            active = false;
            owner.remove(this);
        }
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cuedeck-memory-bus");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void publish(String message) {
        List<Subscription> current = List.copyOf(subscriptions);
        try {
            dispatcher.execute(() -> deliver(current, message));
        } catch (RejectedExecutionException e) {
            throw new EngineUnavailableException("the memory engine is closed", e);
        }
    }

    private static void deliver(List<Subscription> current, String message) {
        for (Subscription s : current) {
            if (s.active) {
                try {
                    s.listener.accept(message);
                } catch (RuntimeException e) {
                    LOG.warn("a bus listener failed", e);
                }
            }
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<String> listener) {
        Subscription s = new Subscription(listener, subscriptions);
        subscriptions.add(s);
        return s;
    }

    void close() {
        dispatcher.shutdownNow();
    }
}
