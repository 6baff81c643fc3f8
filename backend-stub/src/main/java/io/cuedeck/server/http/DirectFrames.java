package io.cuedeck.server.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CoreSession;

/**
 * Text frames framed once and written straight to the sockets the edge upgraded
 * ({@link SelectorReadConnection}): a fan-out frames its message once and each socket gets one
 * write of the same bytes. A socket that negotiated an extension (permessage-deflate rewrites
 * every frame), or that is not the edge's, has no direct writer and goes through its session.
 */
public final class DirectFrames {

    /** Above this a frame goes through the session, which may fragment it. */
    public static final int MAX_PAYLOAD = 16 * 1024;

    private DirectFrames() {
    }

    /** A socket that takes direct writes. */
    public interface Writer {
        /**
         * Sends a text message: as its whole {@code frame} (made by {@link #text(ByteBuffer, boolean)}) in one write when
         * nothing else is on its way to the socket, else as {@code payload} through the session,
         * behind what is. Messages leave in the order they were sent either way; {@code callback}
         * says how the write ended. Never blocks. Both buffers are consumed: hand each call its own
         * slices. {@code frame} may be null (the message goes through the session).
         */
        void send(ByteBuffer frame, ByteBuffer payload, Callback callback);
    }

    /** The session's direct writer, or null when its frames must go through the session. */
    public static Writer writerOf(CoreSession session) {
        SelectorReadConnection connection = SelectorReadConnection.of(session);
        return connection != null && session.getNegotiatedExtensions().isEmpty() ? connection : null;
    }

    /**
     * A final, unmasked text frame (RFC 6455 5.2, as a server sends it) holding {@code utf8},
     * read-only; null when the payload is over {@link #MAX_PAYLOAD}. {@code direct} for a frame that
     * many sockets get (a fan-out): a heap buffer is copied into a direct one on every write, but a
     * direct one costs more to make, so a message for one socket stays on the heap.
     */
    public static ByteBuffer text(ByteBuffer utf8, boolean direct) {
        int length = utf8.remaining();
        if (length > MAX_PAYLOAD) {
            return null;
        }
        int size = length + (length < 126 ? 2 : 4);
        ByteBuffer frame = direct ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size);
        frame.put((byte) 0x81); // FIN, text
        if (length < 126) {
            frame.put((byte) length);
        } else {
            frame.put((byte) 126).putShort((short) length);
        }
        frame.put(utf8.duplicate()).flip();
        return frame.asReadOnlyBuffer();
    }
}
