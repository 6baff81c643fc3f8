package io.cuedeck.connector;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP server on a random loopback port that answers every request the same way, for the
 * failures a real backend does not produce on demand: non-JSON answers, a proxy's 502, a hang.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /** How to answer one request. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    private LoopbackHttpServer(Answer answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            try (exchange) {
                answer.answer(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    static LoopbackHttpServer answering(Answer answer) throws IOException {
        return new LoopbackHttpServer(answer);
    }

    static LoopbackHttpServer answering(int status, String contentType, String body) throws IOException {
        return new LoopbackHttpServer(exchange -> reply(exchange, status, contentType, body));
    }

    static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int requests() {
        return requests.get();
    }

    /** Requests that arrived, as {@code "POST /api/v1/shows"}, in arrival order. */
    java.util.List<String> seen() {
        return java.util.List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
