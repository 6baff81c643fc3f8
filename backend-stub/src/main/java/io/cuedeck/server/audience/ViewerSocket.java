package io.cuedeck.server.audience;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * One viewer's open socket on this node. Writes are Jetty's asynchronous sends: they never block
 * the caller, and their callback says whether the frame reached the socket. A fan-out writes a
 * payload encoded once for every viewer ({@link #send(ByteBuffer, org.eclipse.jetty.util.Callback)}):
 * no per-viewer encoding, only a frame header object per write.
 */
public final class ViewerSocket {

    private final String showId;
    private final String viewerId;
    private final String lang;
    private final String platform;
    private final String region;
    private final Session session;
    private final CoreSession core;

    /** {@code region}: as the socket's URL gave it, or null. */
    public ViewerSocket(String showId, String viewerId, String lang, String platform, String region, Session session) {
        this.showId = showId;
        this.viewerId = viewerId;
        this.lang = lang;
        this.platform = platform;
        this.region = region == null || region.isBlank() ? "" : region.strip();
        this.session = session;
        this.core = session instanceof WebSocketSession ws ? ws.getCoreSession() : null;
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
    void send(ByteBuffer utf8, org.eclipse.jetty.util.Callback callback) {
        if (core != null) {
            core.sendFrame(new Frame(OpCode.TEXT, utf8.slice()), callback, false);
        } else {
            session.sendText(java.nio.charset.StandardCharsets.UTF_8.decode(utf8.slice()).toString(),
                    Callback.from(callback::succeeded, callback::failed));
        }
    }

    public void send(String text, Callback callback) {
        session.sendText(text, callback);
    }

    public void send(String text) {
        session.sendText(text, Callback.NOOP);
    }

    public void close(int code, String reason) {
        session.close(code, reason, Callback.NOOP);
    }
}
