package io.cuedeck.server.http;

import java.util.concurrent.Executor;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.websocket.core.WebSocketConnection;
import org.eclipse.jetty.websocket.core.WebSocketCoreSession;

/**
 * A WebSocket connection whose reads run on the selector thread that saw them ready: its read
 * interest is registered with a non-blocking callback, so Jetty's execution strategy runs the
 * read, the parse and the frame handler in place instead of waking a pool thread for each
 * message. Everything else (writes, closes, idle timeouts, a demand made from another thread) is
 * Jetty's {@link WebSocketConnection} unchanged.
 */
final class SelectorReadConnection extends WebSocketConnection {

    private final Callback readable = new Callback() {
        @Override
        public void succeeded() {
            onFillable();
        }

        @Override
        public void failed(Throwable cause) {
            onFillInterestedFailed(cause);
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }
    };

    SelectorReadConnection(EndPoint endPoint, Executor executor, Scheduler scheduler, ByteBufferPool buffers,
            WebSocketCoreSession session) {
        super(endPoint, executor, scheduler, buffers, session);
    }

    @Override
    public void fillInterested() {
        fillInterested(readable);
    }
}
