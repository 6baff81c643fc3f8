package io.cuedeck.connector.internal;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.connector.ConsoleListener;
import io.cuedeck.connector.ConsoleStream;
import io.cuedeck.connector.RetryPolicy;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.console.ConsoleEvent;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The console stream of one show, reconnecting by itself. Two threads of its own: the
 * {@link LinkThread}, where the {@link Reconnector} makes every decision (connect, give up, fetch
 * snapshots: everything that may block), and the {@link ListenerThread}, which calls the listener.
 * This class is what the console sees: the phases it publishes on start and close, and the
 * {@link ConsoleSocket} callbacks, which arrive on a socket's read thread and only hand work over.
 */
public final class ConsoleConnection implements ConsoleStream, ConsoleSocket.Link {

    /** Fetches the show's live state; {@code withRetries} false for a single quick probe. Called on the link thread. */
    @FunctionalInterface
    public interface Snapshots {
        LiveStatus fetch(boolean withRetries);
    }

    private final String showId;
    private final URI uri;
    private final Map<String, String> headers;
    private final Duration connectTimeout;
    private final javax.net.ssl.SSLSocketFactory tls;
    private final ListenerThread listener;
    private final Reconnector reconnector;

    public ConsoleConnection(String showId, URI uri, String token, ConsoleListener listener, RetryPolicy policy,
                             Duration connectTimeout, Duration requestTimeout, Snapshots snapshots) {
        this(showId, uri, Map.of("Authorization", "Bearer " + token), listener, policy, connectTimeout, requestTimeout,
                snapshots, TrustedAuthorities.of(null).socketFactory());
    }

    /** With the socket's headers given whole, and {@code tls} verifying a {@code wss://} server. */
    public ConsoleConnection(String showId, URI uri, Map<String, String> headers, ConsoleListener listener,
                             RetryPolicy policy, Duration connectTimeout, Duration requestTimeout, Snapshots snapshots,
                             javax.net.ssl.SSLSocketFactory tls) {
        this.showId = showId;
        this.tls = tls;
        this.uri = uri;
        this.headers = Map.copyOf(headers);
        this.connectTimeout = connectTimeout;
        this.listener = new ListenerThread(listener, "cuedeck-console-" + showId);
        this.reconnector = new Reconnector(showId, policy, connectTimeout.plus(requestTimeout), snapshots,
                this.listener, this::newSocket);
    }

    /** Starts connecting; the listener hears {@code CONNECTING} first. */
    public ConsoleConnection start() {
        listener.publish(ConnectionState.connecting());
        reconnector.start();
        return this;
    }

    @Override
    public String showId() {
        return showId;
    }

    @Override
    public ConnectionState state() {
        return listener.state();
    }

    @Override
    public void reconnectNow() {
        reconnector.reconnectNow();
    }

    @Override
    public void close() {
        if (!listener.finish(ConnectionState.closed())) {
            return;
        }
        reconnector.stop();
    }

    // --- socket callbacks (socket read thread): hand over, never block ---

    @Override
    public void opened(ConsoleSocket from) {
        if (reconnector.isCurrent(from)) {
            // Posted here, before this socket's first frame is read, so LIVE precedes its events.
            listener.publish(ConnectionState.live());
        }
        reconnector.opened(from);
    }

    @Override
    public void frame(ConsoleSocket from, String text) {
        ConsoleEvent event = ConsoleEvents.decode(text);
        if (event != null && reconnector.isCurrent(from)) {
            listener.post(l -> l.onEvent(event));
        }
    }

    @Override
    public void broke(ConsoleSocket from, String why) {
        reconnector.broke(from, why);
    }

    /** A fresh, unconnected socket (Java-WebSocket objects are single-use); called on the link thread. */
    private ConsoleSocket newSocket() {
        return new ConsoleSocket(uri, headers, (int) connectTimeout.toMillis(), tls, this);
    }
}
