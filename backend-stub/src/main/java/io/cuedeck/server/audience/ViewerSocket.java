package io.cuedeck.server.audience;

import io.cuedeck.server.http.DirectFrames;
import java.util.concurrent.Executor;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * One viewer's open socket on this node, on Jetty's core WebSocket session (the edge's
 * {@link ViewerFrames}, or the core session under the Javalin twin's). Writes are the core's
 * asynchronous frame sends: they never block the caller, and their callback says whether the frame
 * reached the socket. A fan-out writes a message encoded and framed once for every viewer
 * ({@link Framed}): a socket the edge upgraded takes the frame's bytes in one write
 * ({@link DirectFrames}), any other gets the payload through its session.
 *
 * <p>A socket the edge upgraded is written on its selector thread ({@link #writer()}), the one
 * that reads it: a fan-out's writes then run before that selector reads its sockets' acks instead
 * of sharing a core with those reads (docs/benchmarks.md, "Fan-out on the selectors"). Every write
 * and close of such a socket goes through that one queue, so they reach the viewer in the order
 * they were made.
 */
public final class ViewerSocket {

    private final String showId;
    private final String viewerId;
    private final String lang;
    private final String platform;
    private final String region;
    private final CoreSession core;
    private final Executor writer;
    private final DirectFrames.Writer direct;
    /** Its place in its show's {@link WriterGroups}, or -1; read and written on the show's lane only. */
    int slot = -1;

    /**
     * {@code region}: as the socket's URL gave it, or null. {@code writer}: the thread that writes
     * this socket ({@link io.cuedeck.server.http.SocketThreads#writerOf}), or null to write on the caller.
     */
    public ViewerSocket(String showId, String viewerId, String lang, String platform, String region, CoreSession core,
            Executor writer) {
        this.showId = showId;
        this.viewerId = viewerId;
        this.lang = lang;
        this.platform = platform;
        this.region = region == null || region.isBlank() ? "" : region.strip();
        this.core = core;
        this.writer = writer;
        this.direct = DirectFrames.writerOf(core);
    }

    /** Where this socket's writes run (shared by the sockets of one selector), or null: on the caller. */
    Executor writer() {
        return writer;
    }

    public String showId() {
        return showId;
    }

    public String viewerId() {
        return viewerId;
    }

    /** The language the viewer asked for ({@code ""} for none). */
    public String lang() {
        return lang;
    }

    public String platform() {
        return platform;
    }

    /** The region the viewer's socket URL gave ({@code ""} for none). */
    public String region() {
        return region;
    }

    /** Writes a message shared by many sockets, on this socket's {@link #writer()}. */
    void send(Framed message, Callback callback) {
        if (writer == null) {
            write(message, callback);
        } else {
            writer.execute(() -> write(message, callback));
        }
    }

    /** The write itself, on the {@link #writer()} thread (a fan-out batches them there). */
    void write(Framed message, Callback callback) {
        try {
            if (direct != null) {
                direct.send(message.frame() == null ? null : message.frame().slice(), message.payload().slice(), callback);
            } else {
                core.sendFrame(new Frame(OpCode.TEXT, message.payload().slice()), callback, false);
            }
        } catch (RuntimeException e) {
            callback.failed(e);
        }
    }

    public void send(String text) {
        send(Framed.single(text), Callback.NOOP);
    }

    /** Closes after the writes already handed in. */
    public void close(int code, String reason) {
        if (writer == null) {
            core.close(code, reason, Callback.NOOP);
        } else {
            writer.execute(() -> core.close(code, reason, Callback.NOOP));
        }
    }
}
