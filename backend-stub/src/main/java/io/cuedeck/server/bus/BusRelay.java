package io.cuedeck.server.bus;

import io.cuedeck.server.Json;
import io.cuedeck.server.engine.hot.Bus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link BusMessage}s and delivers received ones to this node's listeners. The engine's
 * thread only enqueues (it must never block); one relay thread reads each message and hands it to
 * its show's lane ({@link ShowLanes}), where the listeners run: a show's fire, close and results
 * keep the order they were published in, and one show's fan-out does not hold up another show.
 */
public final class BusRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BusRelay.class);

    private final Bus bus;
    private final List<Consumer<BusMessage>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService relay = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cuedeck-bus-relay");
        t.setDaemon(true);
        return t;
    });
    private final ShowLanes lanes;
    private AutoCloseable subscription;

    public BusRelay(Bus bus, ShowLanes lanes) {
        this.bus = bus;
        this.lanes = lanes;
    }

    /** Adds a listener; call before {@link #start()}. Listeners run on the message's show lane. */
    public void listen(Consumer<BusMessage> listener) {
        listeners.add(listener);
    }

    public void start() {
        subscription = bus.subscribe(text -> relay.execute(() -> deliver(text)));
    }

    public void publish(BusMessage message) {
        bus.publish(Json.write(message));
    }

    private void deliver(String text) {
        BusMessage message;
        try {
            message = Json.read(text, BusMessage.class);
        } catch (RuntimeException e) {
            LOG.warn("ignoring a bus message this node cannot read: {}", e.getMessage());
            return;
        }
        lanes.run(message.showId(), () -> {
            for (Consumer<BusMessage> l : listeners) {
                try {
                    l.accept(message);
                } catch (RuntimeException e) {
                    LOG.error("a bus listener failed on {}", message.getClass().getSimpleName(), e);
                }
            }
        });
    }

    @Override
    public void close() {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            LOG.warn("could not unsubscribe from the bus", e);
        }
        relay.shutdown();
        try {
            relay.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
