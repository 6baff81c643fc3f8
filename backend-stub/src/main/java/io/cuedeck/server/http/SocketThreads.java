package io.cuedeck.server.http;

import java.util.concurrent.Executor;
import org.eclipse.jetty.websocket.core.CoreSession;

/** Which thread writes a WebSocket the edge upgraded ({@link FastSocket}). */
public final class SocketThreads {

    private SocketThreads() {
    }

    /**
     * Runs tasks on the selector thread that reads the session's socket, in the order they were
     * handed in; null for a socket the edge did not upgrade (its writes run on the caller). All
     * sockets of one selector share one executor. A task runs between two selects, so while it
     * runs the selector reads none of its sockets: it must not block.
     */
    public static Executor writerOf(CoreSession session) {
        SelectorReadConnection connection = SelectorReadConnection.of(session);
        return connection == null ? null : connection.selectorThread();
    }
}
