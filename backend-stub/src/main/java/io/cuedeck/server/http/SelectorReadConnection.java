package io.cuedeck.server.http;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.eclipse.jetty.websocket.core.OutgoingEntry;
import org.eclipse.jetty.websocket.core.WebSocketConnection;
import org.eclipse.jetty.websocket.core.WebSocketCoreSession;

/**
 * A WebSocket connection whose reads run on the selector thread that saw them ready: its read
 * interest is registered with a non-blocking callback, so Jetty's execution strategy runs the
 * read, the parse and the frame handler in place instead of waking a pool thread for each
 * message. Everything else (closes, idle timeouts, a demand made from another thread) is Jetty's
 * {@link WebSocketConnection} unchanged.
 *
 * <p>It also carries its selector as an executor ({@link SocketThreads#writerOf}), and takes
 * frames framed once for a whole fan-out straight to the socket ({@link DirectFrames}): one write
 * of the frame's bytes, without the session, extension, fragmenting and frame flushers, each of
 * which touches its own state of this socket (a cache miss each, at 19,000 sockets). The one
 * endpoint must never have two writes at once, and frames must leave in the order they were
 * made, so a direct write is taken only when no other frame is on its way (in the session, or at
 * Jetty's frame flusher); otherwise the message goes through the session, and frames that reach
 * the flusher while a direct write is still pending (a slow viewer) wait behind it here.
 */
final class SelectorReadConnection extends WebSocketConnection implements DirectFrames.Writer {

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

    /** Runs tasks on this socket's selector thread, or null when the socket has none. */
    private final Executor selectorThread;

    private final WebSocketCoreSession session;
    // guarded by this: who writes the endpoint now. Frames handed to the session and not yet
    // written: the session passes them on one at a time, so most of them are not at enqueueFrame yet.
    private int sessionFramesInFlight;
    // frames at Jetty's frame flusher (ours and Jetty's own: pongs, closes) not yet written
    private int jettyFramesInFlight;
    private boolean directPending;
    private boolean outputClosed;
    private ArrayDeque<OutgoingEntry> behindDirect;

    SelectorReadConnection(EndPoint endPoint, Executor executor, Scheduler scheduler, ByteBufferPool buffers,
            WebSocketCoreSession session, Executor selectorThread) {
        super(endPoint, executor, scheduler, buffers, session);
        this.selectorThread = selectorThread;
        this.session = session;
    }

    /** The edge's connection under {@code session}, or null for a socket the edge did not upgrade. */
    static SelectorReadConnection of(CoreSession session) {
        return session instanceof WebSocketCoreSession core && core.getConnection() instanceof SelectorReadConnection c
                ? c : null;
    }

    Executor selectorThread() {
        return selectorThread;
    }

    @Override
    public void fillInterested() {
        fillInterested(readable);
    }

    @Override
    public void send(ByteBuffer frame, ByteBuffer payload, Callback callback) {
        boolean straight;
        synchronized (this) {
            straight = frame != null && !directPending && sessionFramesInFlight == 0 && jettyFramesInFlight == 0
                    && !outputClosed;
            if (straight) {
                directPending = true;
            } else {
                sessionFramesInFlight++;
            }
        }
        if (straight) {
            DirectWritten written = new DirectWritten(callback);
            try {
                getEndPoint().write(written, frame);
            } catch (RuntimeException e) {
                written.failed(e);
            }
            return;
        }
        // through the session: it queues behind what it holds, and its frames reach enqueueFrame one by one
        session.sendFrame(new Frame(OpCode.TEXT, payload), afterwards(this::sessionFrameDone, callback), false);
    }

    private synchronized void sessionFrameDone() {
        sessionFramesInFlight--;
    }

    /** Every frame Jetty writes comes through here: counted, or held behind a pending direct write. */
    @Override
    public void enqueueFrame(OutgoingEntry entry) {
        // a batched frame's callback completes before its bytes are written: never batch here
        OutgoingEntry unbatched = entry.isBatch() ? new OutgoingEntry.Builder(entry).batch(false).build() : entry;
        synchronized (this) {
            if (unbatched.getFrame().getOpCode() == OpCode.CLOSE) {
                outputClosed = true;
            }
            if (directPending) {
                if (behindDirect == null) {
                    behindDirect = new ArrayDeque<>(4);
                }
                behindDirect.add(unbatched);
                return;
            }
            jettyFramesInFlight++;
        }
        super.enqueueFrame(counted(unbatched));
    }

    private OutgoingEntry counted(OutgoingEntry entry) {
        return new OutgoingEntry.Builder(entry).callback(afterwards(this::jettyFrameDone, entry.getCallback())).build();
    }

    /** {@code callback}, with {@code done} run first however the write ended. */
    private static Callback afterwards(Runnable done, Callback callback) {
        return new Callback() {
            @Override
            public void succeeded() {
                done.run();
                callback.succeeded();
            }

            @Override
            public void failed(Throwable cause) {
                done.run();
                callback.failed(cause);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
    }

    private synchronized void jettyFrameDone() {
        jettyFramesInFlight--;
    }

    /** A direct write is done: the frames that waited behind it go to Jetty, in order, before any later one. */
    private final class DirectWritten implements Callback {
        private final Callback callback;

        DirectWritten(Callback callback) {
            this.callback = callback;
        }

        @Override
        public void succeeded() {
            release();
            callback.succeeded();
        }

        @Override
        public void failed(Throwable cause) {
            release();
            callback.failed(cause);
        }

        private void release() {
            synchronized (SelectorReadConnection.this) {
                directPending = false;
                ArrayDeque<OutgoingEntry> waiting = behindDirect;
                behindDirect = null;
                if (waiting != null) {
                    // under the lock, so that a frame enqueued meanwhile cannot pass these
                    for (OutgoingEntry entry : waiting) {
                        jettyFramesInFlight++;
                        SelectorReadConnection.super.enqueueFrame(counted(entry));
                    }
                }
            }
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }
    }
}
