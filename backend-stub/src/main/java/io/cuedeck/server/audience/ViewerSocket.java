package io.cuedeck.server.audience;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * One viewer's open socket on this node, on Jetty's core WebSocket session (the edge's
 * {@link ViewerFrames}, or the core session under the Javalin twin's). Writes are the core's
 * asynchronous frame sends: they never block the caller, and their callback says whether the frame
 * reached the socket. A fan-out writes a payload encoded once for every viewer
 * ({@link #send(ByteBuffer, Callback)}): no per-viewer encoding, only a frame header object per write.
 */
public final class ViewerSocket {

    private final String showId;
    private final String viewerId;
    private final String lang;
    private final String platform;
    private final String region;
    private final CoreSession core;

    /** {@code region}: as the socket's URL gave it, or null. */
    public ViewerSocket(String showId, String viewerId, String lang, String platform, String region, CoreSession core) {
        this.showId = showId;
        this.viewerId = viewerId;
        this.lang = lang;
        this.platform = platform;
        this.region = region == null || region.isBlank() ? "" : region.strip();
        this.core = core;
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

    /**
     * Writes a UTF-8 text payload shared by many sockets: the buffer is only read (each write gets
     * its own view of it), so one encoding serves the whole fan-out.
     */
    void send(ByteBuffer utf8, Callback callback) {
        core.sendFrame(new Frame(OpCode.TEXT, utf8.slice()), callback, false);
    }

    public void send(String text) {
        core.sendFrame(new Frame(OpCode.TEXT, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))), Callback.NOOP, false);
    }

    public void close(int code, String reason) {
        core.close(code, reason, Callback.NOOP);
    }
}
