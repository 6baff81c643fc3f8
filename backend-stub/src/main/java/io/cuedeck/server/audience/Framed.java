package io.cuedeck.server.audience;

import io.cuedeck.server.http.DirectFrames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One text message encoded once for every socket it goes to: its UTF-8 payload, for a socket's
 * session, and its whole WebSocket frame, for a socket that takes direct writes
 * ({@link DirectFrames}; null when the message is too large for one). Both are only read: each
 * write takes its own slice.
 */
record Framed(ByteBuffer payload, ByteBuffer frame) {

    /** A message for many sockets (a fan-out, a close, results): its frame in a direct buffer. */
    static Framed of(String text) {
        return framed(text, true);
    }

    /** A message for one socket (a reply). */
    static Framed single(String text) {
        return framed(text, false);
    }

    private static Framed framed(String text, boolean shared) {
        ByteBuffer payload = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
        return new Framed(payload, DirectFrames.text(payload, shared));
    }
}
