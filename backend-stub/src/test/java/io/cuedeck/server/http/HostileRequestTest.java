package io.cuedeck.server.http;

import static io.cuedeck.server.testing.RawHttp.request;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.http.RouteCatalog.Route;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.LogCapture;
import io.cuedeck.server.testing.RawHttp;
import io.cuedeck.server.testing.RawHttp.Reply;
import io.cuedeck.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input probe's findings, as regression tests on raw sockets (an HTTP client would
 * refuse to send most of these bytes): every refusal is a 4xx with the API's JSON, none is a 500,
 * and none leaves an ERROR or a stack trace in the log.
 */
class HostileRequestTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static RawHttp raw;
    private static String show;
    private static LogCapture log;
    private static final String VIEWER = "3f2b8c1e-9a4d-4e5f-8b7a-1c2d3e4f5a6b";
    private static final String WS = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==";

    @BeforeAll
    static void start() {
        raw = new RawHttp(server.baseUrl());
        show = new Fixtures(api).liveShow();
        log = LogCapture.start();
    }

    @AfterAll
    static void stop() {
        log.close();
    }

    static Stream<Arguments> malformed() {
        String live = "/v1/shows/SHOW/live?viewerId=" + VIEWER;
        return Stream.of(
                Arguments.of("bad UTF-8 in a path", request("GET", "/api/v1/shows/%C3%28"), 400),
                Arguments.of("a bad escape in a path", request("GET", "/api/v1/shows/%zz"), 400),
                Arguments.of("bad UTF-8 in a query", request("GET", "/health?x=%C3%28"), 400),
                Arguments.of("a %u escape in a query", request("GET", "/health?x=%u0041"), 400),
                Arguments.of("a NUL in a header", request("GET", "/health", "X-Note: a\u0000b"), 400),
                Arguments.of("a 20,000-character header", request("GET", "/health", "X-Note: " + "a".repeat(20_000)), 431),
                Arguments.of("a Content-Length that is not a number", request("POST", "/v1/shows/SHOW/heartbeat",
                        "Content-Length: abc"), 400),
                Arguments.of("a broken chunked body", "POST /v1/shows/SHOW/heartbeat HTTP/1.1\r\nHost: x\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 400),
                Arguments.of("a WebSocket upgrade of version 8", request("GET", live, WS, "Sec-WebSocket-Version: 8"), 426),
                Arguments.of("a WebSocket upgrade without a key", request("GET", live, "Upgrade: websocket",
                        "Connection: Upgrade", "Sec-WebSocket-Version: 13"), 400),
                Arguments.of("a %u escape in the viewer socket's query", request("GET", "/v1/shows/SHOW/live?viewerId=%u0041",
                        WS, "Sec-WebSocket-Version: 13"), 400),
                Arguments.of("a console upgrade without a token", request("GET", "/api/v1/shows/SHOW/console",
                        WS, "Sec-WebSocket-Version: 13"), 401),
                Arguments.of("a console upgrade for an unknown show", request("GET", "/api/v1/shows/nope/console?token="
                        + PRODUCER, WS, "Sec-WebSocket-Version: 13"), 404),
                Arguments.of("an upgrade on a path without a socket", request("GET", "/v1/nothing", WS,
                        "Sec-WebSocket-Version: 13"), 404),
                Arguments.of("a Content-Length of 999999999", request("POST", "/v1/shows/SHOW/heartbeat",
                        "Content-Type: application/json", "Content-Length: 999999999"), 413),
                Arguments.of("an over-long body on a route that reads none", request("POST",
                        "/api/v1/shows/SHOW/fires/nope/close", "Authorization: Bearer " + PRODUCER,
                        "Content-Length: 70000"), 413));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("malformed")
    void aMalformedRequestIsAnsweredInTheApisJson(String what, String request, int status) {
        Reply reply = raw.send(request.replace("SHOW", show));

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("content-type")).startsWith("application/json");
        assertThat(reply.json().path("error").asText()).isNotBlank().isNotEqualTo("internal");
        assertThat(reply.json().path("message").asText()).isNotBlank();
        if (status == 426) {
            assertThat(reply.header("sec-websocket-version")).isEqualTo("13");
        }
    }

    /** Every route, with each of its ids written as {@code %u0041}: with and without a token. */
    static Stream<Arguments> everyRouteWithAPercentUId() {
        List<Arguments> out = new ArrayList<>();
        for (Route route : server.server().routes()) {
            String path = route.path().replaceAll("\\{[^}]+}", "%u0041");
            boolean needsToken = !route.roles().equals("none");
            String method = route.method().equals("WS") ? "GET" : route.method();
            String extra = route.method().equals("WS") ? WS + "\r\nSec-WebSocket-Version: 13" : "Content-Length: 0";
            if (path.contains("%u0041")) {
                out.add(Arguments.of(route.method() + " " + path + " (no token)", request(method, path, extra), needsToken));
                out.add(Arguments.of(route.method() + " " + path + " (producer)",
                        request(method, path, extra, "Authorization: Bearer " + PRODUCER), false));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRouteWithAPercentUId")
    void aPercentUEscapeInAnyIdIsA401WithoutTokenElseA400Or404(String what, String request, boolean unauthorized) {
        Reply reply = raw.send(request);

        if (reply.status() == 101) {
            return; // the viewer socket opens, then closes itself: the id is checked on the socket (ViewerSocketTest)
        }
        if (what.startsWith("GET /watch/%u0041 ")) {
            // the companion page is for people: an unknown show is the page itself, with 404, saying so
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("content-type")).startsWith("text/html");
            return;
        }
        if (unauthorized) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        } else {
            assertThat(reply.status()).as(reply.body()).isIn(400, 404);
        }
        assertThat(reply.json().path("error").asText()).isNotBlank();
    }

    @Test
    void aViewerSocketUpgradeHandsOutNoSessionCookie() {
        try (RawHttp.Upgrade viewer = raw.upgrade("/v1/shows/" + show + "/live?viewerId=" + VIEWER);
                RawHttp.Upgrade refused = raw.upgrade("/api/v1/shows/" + show + "/console")) {
            assertThat(viewer.reply().status()).isEqualTo(101);
            assertThat(viewer.reply().header("set-cookie")).isNull();
            assertThat(refused.reply().status()).isEqualTo(401);
            assertThat(refused.reply().header("set-cookie")).isNull();
        }
    }

    @Test
    void headMeetsTheTokenCheckAndTheRoutingOfGet() {
        Reply noToken = raw.send(request("HEAD", "/api/v1/shows"));
        Reply unknown = raw.send(request("HEAD", "/api/v1/shows/nope", "Authorization: Bearer " + PRODUCER));
        Reply known = raw.send(request("HEAD", "/api/v1/shows/" + show, "Authorization: Bearer " + PRODUCER));
        Reply get = raw.send(request("GET", "/api/v1/shows/" + show, "Authorization: Bearer " + PRODUCER));

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(known.status()).isEqualTo(200);
        assertThat(known.body()).isEmpty();
        assertThat(known.header("content-length")).isEqualTo(get.header("content-length"));
        for (Route route : server.server().routes()) {
            if (route.method().equals("GET") && !route.roles().equals("none")) {
                String path = route.path().replaceAll("\\{[^}]+}", "x");
                assertThat(raw.send(request("HEAD", path)).status()).as("HEAD " + path).isEqualTo(401);
            }
        }
    }

    @Test
    void noneOfItLogsAnErrorOrAStackTraceAndMetricsShowNo5xx() {
        malformed().forEach(a -> raw.send(((String) a.get()[1]).replace("SHOW", show)));
        everyRouteWithAPercentUId().forEach(a -> raw.send((String) a.get()[1]));

        assertThat(log.lines()).noneMatch(l -> l.contains(" ERROR ")).noneMatch(l -> l.startsWith("\tat "));
        assertThat(log.lines().stream().filter(l -> l.contains(" WARN ")).count())
                .isLessThanOrEqualTo(3L * LogThrottle.PER_MINUTE);
        String metrics = api.get("/metrics", null).body();
        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .isNotEmpty().noneMatch(l -> l.contains("status=\"5"));
    }
}
