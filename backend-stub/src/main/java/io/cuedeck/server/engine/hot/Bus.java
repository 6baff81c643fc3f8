package io.cuedeck.server.engine.hot;

import java.util.function.Consumer;

/**
 * Fan-out between the nodes that share an engine (fires, closes, reveals).
 *
 * <p>Every message published reaches every current subscriber on every node, the publishing node
 * included, once, in publish order per publishing node. A subscriber that is disconnected from the
 * engine misses what is published meanwhile; nothing is replayed.
 */
public interface Bus {

    void publish(String message);

    /**
     * Registers a listener. It is called on an engine thread (for Redis a Netty event loop): it
     * must hand work off and never block. Closing the returned handle unsubscribes.
     */
    AutoCloseable subscribe(Consumer<String> listener);
}
