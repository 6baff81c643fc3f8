package io.cuedeck.server.audience;

import io.cuedeck.protocol.viewer.FromViewer;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;
import org.eclipse.jetty.websocket.core.exception.BadPayloadException;
import org.eclipse.jetty.websocket.core.exception.MessageTooLargeException;
import org.eclipse.jetty.websocket.core.exception.ProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A viewer socket's frames on Jetty's core session, as the Jetty API under Javalin handled them:
 * a refused viewer is closed with 1008 and its reason right after opening; text messages are put
 * together from their frames (over 16 KiB: 1009; not UTF-8: 1007) and handed to
 * {@link ViewerEndpoint} (its {@code parse} and {@code handle}); binary messages are read and
 * dropped; pings are answered. The core reads the next frame only when asked
 * ({@link CoreSession#demand}), so each frame asks for the next once handled.
 *
 * <p>Frames arrive on the selector thread ({@link io.cuedeck.server.http.FastSocket#open}): a
 * heartbeat or an ack of a known fire is handled there; a message whose handling reads the hot
 * engine (an answer) goes to {@code offload}, and the socket's next frame is read once it is
 * handled, so one viewer's messages are still handled one at a time and in order.
 */
final class ViewerFrames implements FrameHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ViewerFrames.class);

    private static final int POLICY_VIOLATION = 1008;

    private final ViewerEndpoint endpoint;
    /** The checked viewer, or null when {@link #refusal} says why the socket closes. */
    private final ViewerEndpoint.Viewer viewer;
    private final String refusal;
    private final Executor offload;
    private CoreSession session;
    private ViewerSocket socket;
    /** The type of the message whose frames are arriving, and its frames so far when more than one. */
    private byte messageType;
    private ByteArrayOutputStream partial;

    ViewerFrames(ViewerEndpoint endpoint, ViewerEndpoint.Viewer viewer, String refusal, Executor offload) {
        this.endpoint = endpoint;
        this.offload = offload;
        this.viewer = viewer;
        this.refusal = refusal;
    }

    @Override
    public void onOpen(CoreSession session, Callback callback) {
        this.session = session;
        callback.succeeded();
        if (viewer == null) {
            session.close(POLICY_VIOLATION, refusal, Callback.NOOP);
        } else {
            socket = endpoint.opened(viewer, session);
        }
        session.demand();
    }

    @Override
    public void onFrame(Frame frame, Callback callback) {
        switch (frame.getOpCode()) {
            case OpCode.TEXT, OpCode.BINARY -> {
                messageType = frame.getOpCode();
                data(frame, callback);
            }
            case OpCode.CONTINUATION -> data(frame, callback);
            case OpCode.PING -> session.sendFrame(new Frame(OpCode.PONG, true, frame.getPayload()),
                    Callback.from(this::next, callback), false);
            case OpCode.PONG -> {
                callback.succeeded();
                next();
            }
            case OpCode.CLOSE -> callback.succeeded();
            default -> callback.failed(new ProtocolException("Unknown opcode " + frame.getOpCode()));
        }
    }

    private void data(Frame frame, Callback callback) {
        ByteBuffer payload = frame.getPayload();
        int length = payload == null ? 0 : payload.remaining();
        int before = partial == null ? 0 : partial.size();
        boolean text = messageType == OpCode.TEXT;
        long max = text ? session.getMaxTextMessageSize() : session.getMaxBinaryMessageSize();
        if (before + length > max) {
            partial = null;
            // worded as the Jetty API's message sinks word it
            callback.failed(new MessageTooLargeException(String.format("%s message too large: %,d > %,d",
                    text ? "Text" : "Binary", before + length, max)));
            return;
        }
        if (!frame.isFin()) {
            if (partial == null) {
                partial = new ByteArrayOutputStream(Math.max(256, length * 2));
            }
            partial.writeBytes(payload == null ? new byte[0] : BufferUtil.toArray(payload));
            callback.succeeded();
            next();
            return;
        }
        byte[] message;
        if (partial == null) {
            message = payload == null ? new byte[0] : BufferUtil.toArray(payload);
        } else {
            partial.writeBytes(payload == null ? new byte[0] : BufferUtil.toArray(payload));
            message = partial.toByteArray();
            partial = null;
        }
        if (text && !utf8(message)) {
            callback.failed(new BadPayloadException.InvalidUtf8());
            return;
        }
        callback.succeeded();
        if (text && socket != null) {
            FromViewer parsed = endpoint.parse(message);
            if (!endpoint.handlesWithoutWaiting(parsed)) {
                handleElsewhere(socket, parsed);
                return;
            }
            endpoint.handle(socket, parsed);
        }
        next();
    }

    private void handleElsewhere(ViewerSocket from, FromViewer message) {
        offload.execute(() -> {
            try {
                endpoint.handle(from, message);
            } catch (RuntimeException e) {
                // the hot engine failed or is gone: the viewer reconnects and resends what was not ruled on
                LOG.warn("a viewer message could not be handled; closing its socket", e);
                session.close(CloseStatus.SERVER_ERROR, "The server could not handle the message; reconnect.",
                        Callback.NOOP);
                return;
            }
            next();
        });
    }

    private void next() {
        session.demand();
    }

    private static boolean utf8(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                try {
                    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
                    return true;
                } catch (CharacterCodingException e) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void onError(Throwable cause, Callback callback) {
        leave();
        callback.succeeded();
    }

    @Override
    public void onClosed(CloseStatus status, Callback callback) {
        leave();
        callback.succeeded();
    }

    private void leave() {
        ViewerSocket left = socket;
        socket = null;
        endpoint.left(left);
    }
}
