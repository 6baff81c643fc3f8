package io.cuedeck.connector.internal;

import java.net.URI;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;

/**
 * One attempt at the console socket (Java-WebSocket objects are single-use). Its read thread calls
 * the {@link Link} callbacks; the link decides what they mean.
 */
final class ConsoleSocket extends WebSocketClient {

    /** What a socket reports to the stream that owns it; called on the socket's read thread. */
    interface Link {
        void opened(ConsoleSocket socket);

        void frame(ConsoleSocket socket, String text);

        void broke(ConsoleSocket socket, String why);
    }

    private static final int PING_SECONDS = 10;

    private final Link link;
    private volatile String lastError;
    private volatile boolean everOpened;

    ConsoleSocket(URI uri, Map<String, String> headers, int connectTimeoutMillis, SSLSocketFactory tls, Link link) {
        super(uri, new Draft_6455(), headers, connectTimeoutMillis);
        this.link = link;
        if ("wss".equalsIgnoreCase(uri.getScheme())) {
            // Verified against the client's trusted authorities; the client checks the host name too.
            setSocketFactory(tls);
        }
        setDaemon(true);
        // Pings find a half-open link (the server's machine vanished) within about 1.5 x this.
        setConnectionLostTimeout(PING_SECONDS);
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        everOpened = true;
        link.opened(this);
    }

    /** Whether the handshake ever succeeded (false: refused, unreachable, or timed out). */
    boolean everOpened() {
        return everOpened;
    }

    @Override
    public void onMessage(String message) {
        link.frame(this, message);
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        link.broke(this, describe(code, reason, remote));
    }

    @Override
    public void onError(Exception ex) {
        String untrusted = CertificateWords.describe(ex, uri.getHost());
        lastError = untrusted != null ? untrusted
                : ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }

    private String describe(int code, String reason, boolean remote) {
        String detail = reason == null || reason.isBlank() ? lastError : reason;
        if (code == -1 || code == 1006) {
            return "the link to the server broke" + (detail == null ? "" : " (" + detail + ")");
        }
        return (remote ? "the server closed the link" : "the link was closed")
                + " (code " + code + (detail == null ? "" : ", " + detail) + ")";
    }
}
