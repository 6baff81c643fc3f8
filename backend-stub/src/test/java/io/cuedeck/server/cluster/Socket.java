package io.cuedeck.server.cluster;

import io.cuedeck.server.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket client (the JDK's) that keeps every message it receives, parsed as {@code type}:
 * a viewer app's socket, or the console stream.
 */
final class Socket<T> implements WebSocket.Listener, AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final List<T> received = new CopyOnWriteArrayList<>();
    private final Class<T> type;
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean closed;
    private WebSocket socket;

    private Socket(Class<T> type) {
        this.type = type;
    }

    static <T> Socket<T> open(String url, Class<T> type) {
        Socket<T> listener = new Socket<>(type);
        try {
            listener.socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create(url), listener).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not open " + url, e);
        }
        return listener;
    }

    void send(Object message) {
        socket.sendText(Json.write(message), true).join();
    }

    boolean closed() {
        return closed;
    }

    <M extends T> List<M> all(Class<M> kind) {
        return received.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(Json.read(partial.toString(), type));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = true;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = true;
    }

    @Override
    public void close() {
        if (!closed) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                socket.abort();
            }
        }
    }
}
