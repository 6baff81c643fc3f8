package io.cuedeck.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cuedeck.server.testing.RawHttp;
import io.cuedeck.server.testing.RawHttp.Reply;
import io.cuedeck.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Path and query decoding, fuzzed through the real edge: Jetty's parser, the edge's escapes and
 * query check, Javalin's routing and every route's id and query parameter reading, on a server in
 * this JVM (its classes are instrumented, so coverage guides the fuzzer). A fuzzed path is put
 * into a route of the catalog in place of an id, with a fuzzed query, sent byte for byte with or
 * without the producer's token. Whatever it is, the answer is never a 5xx, and every refusal is
 * the API's JSON {@code {error, message}}, except the companion page's own 404 page for a browser.
 */
class PathAndQueryFuzzTest {

    private static final List<String> SHAPES = List.of("/api/v1/shows/%s", "/api/v1/shows/%s/cues/%s",
            "/api/v1/shows/%s/fires/%s/report", "/api/v1/shows/%s/audit", "/v1/shows/%s", "/v1/shows/%s/live",
            "/watch/%s", "/watch/assets/%s", "/api/v1/boosts/%s", "/api/v1/capacity", "/api/v1/shows/%s/console",
            "/v1/shows/%s/fires/%s/answer", "/%s");
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static TestServer server;
    private static RawHttp raw;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        raw = new RawHttp(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @FuzzTest(maxDuration = "5s")
    void noPathOrQueryGetsA5xxOrAnAnswerThatIsNotTheApisJson(FuzzedDataProvider data) {
        LoopbackOnly.allow();
        String method = METHODS.get(data.consumeInt(0, METHODS.size() - 1));
        String shape = SHAPES.get(data.consumeInt(0, SHAPES.size() - 1));
        boolean token = data.consumeBoolean();
        String first = data.consumeString(200);
        String second = data.consumeString(100);
        String query = data.consumeRemainingAsString();
        String target = String.format(shape, first, second) + (query.isEmpty() ? "" : "?" + query);
        // bytes as a client could put them on the wire: no line breaks or blanks (they end the request line)
        String line = target.replaceAll("[\\r\\n ]", "");
        if (line.length() > 4000) {
            line = line.substring(0, 4000);
        }
        String request = method + " " + line + " HTTP/1.1\r\nHost: localhost\r\n"
                + (token ? "Authorization: Bearer " + TestServer.PRODUCER + "\r\n" : "")
                + (method.equals("POST") || method.equals("PUT") || method.equals("PATCH") ? "Content-Length: 2\r\n" : "")
                + "Connection: close\r\n\r\n" + (method.equals("POST") || method.equals("PUT") || method.equals("PATCH") ? "{}" : "");
        Reply reply = raw.send(request.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).as(line + " -> " + reply.body()).isBetween(100, 499);
        // the companion page answers a browser with its own page, also for a show it does not know
        // (404: the page says so in the viewer's language); everything else refuses in the API's JSON
        // (any path the router normalises to /watch/{showId}, e.g. /watch/assets/..%2Fx, gets it too)
        boolean companionPage = method.equals("GET") && reply.status() == 404
                && reply.body().startsWith("<!doctype html>") && reply.body().contains("/watch/assets/watch.");
        if (reply.status() >= 400 && !method.equals("HEAD") && !companionPage) {
            assertThat(reply.json().path("error").asText()).as(line + " -> " + reply.body()).isNotBlank();
            assertThat(reply.json().path("message").asText()).isNotBlank();
        }
    }
}
