package io.cuedeck.server.bus;

import io.cuedeck.server.Ids;
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
 * Publishes {@link BusMessage}s and delivers them to this node's listeners. The engine's thread
 * only enqueues (it must never block); one relay thread reads each message and hands it to its
 * show's lane ({@link ShowLanes}), where the listeners run: a show's fire, close and results keep
 * the order they were published in, and one show's fan-out does not hold up another show.
 *
 * <p>A message this node publishes goes to its show's lane as soon as the engine has taken it,
 * not when the engine echoes it back: the echo, marked with this relay's origin, is dropped. That
 * spares this node's own viewers two thread hand-offs, a JSON round trip and, on Redis, the trip
 * through the subscription (docs/benchmarks.md, "The fire's own hops, and sockets kept by
 * selector"). A publish the engine refuses throws before anything is delivered here either.
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
    /** Prefixes every message this relay publishes, so that it knows its own echo. */
    private final String origin = Ids.shortId() + Ids.shortId() + " ";
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
        subscription = bus.subscribe(text -> {
            if (!text.startsWith(origin)) {
                relay.execute(() -> deliver(text));
            }
        });
    }

    /** Publishes to every node; this node's listeners get the message on its show's lane. */
    public void publish(BusMessage message) {
        bus.publish(origin + Json.write(message));
        toLane(message);
    }

    private void deliver(String text) {
        BusMessage message;
        try {
            // another node's origin, then the JSON
            message = Json.read(text.substring(text.indexOf('{')), BusMessage.class);
        } catch (RuntimeException e) {
            LOG.warn("ignoring a bus message this node cannot read: {}", e.getMessage());
            return;
        }
        toLane(message);
    }

    private void toLane(BusMessage message) {
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
