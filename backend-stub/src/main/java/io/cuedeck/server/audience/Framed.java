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

    static Framed of(String text) {
        ByteBuffer payload = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
        return new Framed(payload, DirectFrames.text(payload));
    }
}
