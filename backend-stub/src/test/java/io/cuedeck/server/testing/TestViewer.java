package io.cuedeck.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A socket client (java.net.http, non-blocking: many share one client's threads) that keeps every
 * text message it receives and how the server closed it.
 */
public final class TestViewer implements WebSocket.Listener {

    /** How the server closed the socket. */
    public record Close(int code, String reason) {
    }

    private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    private final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Connects; the future fails if the upgrade is refused. */
    public static CompletableFuture<TestViewer> connect(HttpClient http, String url) {
        return connect(http.newWebSocketBuilder(), url);
    }

    /** Connects as a page of {@code origin} would (its {@code Origin} header); fails if the upgrade is refused. */
    public static CompletableFuture<TestViewer> connectFrom(HttpClient http, String url, String origin) {
        return connect(http.newWebSocketBuilder().header("Origin", origin), url);
    }

    private static CompletableFuture<TestViewer> connect(WebSocket.Builder builder, String url) {
        TestViewer viewer = new TestViewer();
        return builder.connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(url), viewer).thenApply(ws -> {
            viewer.socket = ws;
            return viewer;
        });
    }

    public static TestViewer connectNow(HttpClient http, String url) {
        return connect(http, url).orTimeout(10, TimeUnit.SECONDS).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            inbox.add(partial.toString());
            partial.setLength(0);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
        closed.complete(new Close(code, reason));
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        closed.complete(new Close(-1, String.valueOf(error)));
    }

    public CompletableFuture<Void> send(String text) {
        return socket.sendText(text, true).thenApply(ws -> null);
    }

    public void sendNow(String text) {
        send(text).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** The next message whose {@code type} is {@code type}, skipping others; fails after the wait. */
    public JsonNode next(String type, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                String text = inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (text == null) {
                    throw new AssertionError("no '" + type + "' message within " + wait);
                }
                JsonNode node = Json.mapper().readTree(text);
                if (type.equals(node.path("type").asText())) {
                    return node;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Every message up to and including the first whose {@code type} is {@code type}: what came
     * before a marker message. Fails after the wait.
     */
    public List<String> until(String type, Duration wait) {
        List<String> out = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                String text = inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (text == null) {
                    throw new AssertionError("no '" + type + "' message within " + wait + "; got " + out);
                }
                out.add(text);
                if (type.equals(Json.mapper().readTree(text).path("type").asText())) {
                    return out;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Everything received so far, without waiting. */
    public List<String> drain() {
        List<String> out = new java.util.ArrayList<>();
        inbox.drainTo(out);
        return out;
    }

    /** The close, if the socket has been closed by now (without waiting). */
    public java.util.Optional<Close> closedSoFar() {
        return java.util.Optional.ofNullable(closed.getNow(null));
    }

    public Close awaitClose(Duration wait) {
        return closed.orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }

    public static String write(Object message) {
        return Json.write(message);
    }
}
