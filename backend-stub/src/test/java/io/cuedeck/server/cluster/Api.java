package io.cuedeck.server.cluster;

import io.cuedeck.server.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls to one node, as the console or a viewer app would make them. */
final class Api {

    static final String PRODUCER = "prod-token-0123456789";
    static final String HOST = "host-token-0123456789";
    static final String MANAGER = "mgr-token-0123456789";
    static final String TOKENS = "producer:" + PRODUCER + ",host:" + HOST + ",manager:" + MANAGER;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String base;

    Api(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** A response: status and body text. */
    record Reply(int status, String body) {
        <T> T as(Class<T> type) {
            if (status >= 300) {
                throw new AssertionError("HTTP " + status + ": " + body);
            }
            return Json.read(body, type);
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, Object body, String... headers) {
        return send(request(path, headers).POST(publisher(body)));
    }

    Reply patch(String path, Object body) {
        return send(request(path).method("PATCH", publisher(body)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + PRODUCER).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        return body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : Json.write(body));
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
