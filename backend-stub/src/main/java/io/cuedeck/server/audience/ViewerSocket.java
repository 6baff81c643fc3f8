package io.cuedeck.server.audience;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One viewer's open socket on this node. Writes are Jetty's asynchronous sends: they never block
 * the caller, and their callback says whether the frame reached the socket.
 */
public final class ViewerSocket {

    private final String showId;
    private final String viewerId;
    private final String lang;
    private final String platform;
    private final Session session;
    private final Set<String> cuesSent = ConcurrentHashMap.newKeySet();

    public ViewerSocket(String showId, String viewerId, String lang, String platform, Session session) {
        this.showId = showId;
        this.viewerId = viewerId;
        this.lang = lang;
        this.platform = platform;
        this.session = session;
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

    /**
     * True the first time for a fire: a viewer who connects while the fan-out of that fire runs
     * could otherwise get its cue twice (once on connect, once from the fan-out).
     */
    boolean firstSendOf(String fireId) {
        return cuesSent.add(fireId);
    }

    /** Forgets a closed fire, so the set stays small on long connections. */
    void forget(String fireId) {
        cuesSent.remove(fireId);
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
