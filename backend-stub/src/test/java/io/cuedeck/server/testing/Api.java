package io.cuedeck.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A plain HTTP client for the server under test: what a user of the API would send. Every answer
 * is validated against docs/openapi.yaml ({@link ResponseSchemas}) before the test sees it.
 */
public final class Api {

    /** A response: status and body, with JSON helpers. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public <T> T as(Class<T> type) {
            return Json.read(body, type);
        }

        public String error() {
            return json().path("error").asText();
        }

        public String field() {
            return json().path("field").asText(null);
        }
    }

    private final Supplier<String> base;
    private final HttpClient http;

    public Api(String base) {
        this(() -> base);
    }

    /** The base URL is asked for at each request (a server that starts later). */
    public Api(Supplier<String> base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** With a client of the caller's (one that trusts a test CA, say). */
    public Api(Supplier<String> base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    public Response patch(String path, String token, Object body) {
        return send("PATCH", path, token, body, Map.of());
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    public Response fire(String showId, String cueId, String token, String key, Object body) {
        return send("POST", "/api/v1/shows/" + showId + "/cues/" + cueId + "/fire", token, body,
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    /** Fires as the producer with a fresh key and expects 202. */
    public JsonNode fire(String showId, String cueId) {
        Response r = fire(showId, cueId, TestServer.PRODUCER, UUID.randomUUID().toString(), null);
        if (r.status() != 202) {
            throw new AssertionError("fire answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    /**
     * Sends a request. {@code body} may be a String (sent as is), a byte[] or an object (written
     * as JSON); null sends no body.
     */
    public Response send(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.BodyPublisher publisher;
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (body instanceof byte[] bytes) {
            publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
        } else {
            publisher = HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : Json.write(body));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.get() + path))
                .timeout(Duration.ofSeconds(30)).method(method, publisher)
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ResponseSchemas.get().check(method, path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.body());
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
