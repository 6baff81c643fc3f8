package io.cuedeck.server.http;

import static io.cuedeck.server.testing.RawHttp.request;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.RawHttp;
import io.cuedeck.server.testing.RawHttp.Reply;
import io.cuedeck.server.testing.RawHttp.Upgrade;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.cuedeck.server.testing.LogCapture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The caps and rates of the public side, each refused with the API's JSON and Retry-After. Each
 * test starts a server with small limits and connects from loopback addresses of its own
 * (127.0.0.x), so that each address is a separate client, as behind a carrier's NAT or not.
 */
class ClientLimitsTest {

    private static LogCapture log;

    @BeforeAll
    static void captureTheLog() {
        log = LogCapture.start();
    }

    /** Clients that misbehave or hang up are never worth an ERROR or a stack trace in the log. */
    @AfterAll
    static void noneOfItLoggedAnErrorOrAStackTrace() {
        log.close();
        assertThat(log.lines()).noneMatch(l -> l.contains(" ERROR ")).noneMatch(l -> l.startsWith("\tat "));
    }

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static TestServer server(String... keyValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return TestServer.start(c -> c.withSource(ConfigSource.of(values)));
    }

    private static String viewerPath(String show) {
        return "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID();
    }

    private static void assertRefused(Reply reply, int status, String error) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).isEqualTo(error);
        assertThat(reply.json().get("message").asText()).isNotBlank();
        assertThat(Long.parseLong(reply.header("retry-after"))).isPositive();
    }

    @Test
    void anAddressGetsAsManyViewerSocketsAsAllowedAndAnotherOnceOneCloses() {
        try (TestServer s = server("CUEDECK_SOCKETS_PER_IP", "3")) {
            String show = new Fixtures(s.api()).liveShow();
            RawHttp one = new RawHttp(s.baseUrl(), "127.0.0.11");
            List<Upgrade> open = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    open.add(one.upgrade(viewerPath(show)));
                    assertThat(open.get(i).reply().status()).isEqualTo(101);
                }
                assertRefused(one.upgrade(viewerPath(show)).reply(), 429, "too_many_sockets");
                try (Upgrade other = new RawHttp(s.baseUrl(), "127.0.0.12").upgrade(viewerPath(show))) {
                    assertThat(other.reply().status()).isEqualTo(101);
                }

                open.remove(0).close();
                await().atMost(WAIT).until(() -> {
                    Upgrade again = one.upgrade(viewerPath(show));
                    open.add(again);
                    return again.reply().status() == 101;
                });
            } finally {
                open.forEach(Upgrade::close);
            }
        }
    }

    @Test
    void aShowAndANodeHoldAsManyViewerSocketsAsAllowedButConsolesAlwaysConnect() {
        try (TestServer s = server("CUEDECK_SOCKETS_PER_SHOW", "2", "CUEDECK_SOCKETS_PER_NODE", "3")) {
            Fixtures fixtures = new Fixtures(s.api());
            String show = fixtures.liveShow();
            String other = fixtures.liveShow();
            List<Upgrade> open = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    open.add(new RawHttp(s.baseUrl(), "127.0.0." + (21 + i)).upgrade(viewerPath(show)));
                }
                assertThat(open).allMatch(u -> u.reply().status() == 101);
                assertRefused(new RawHttp(s.baseUrl(), "127.0.0.23").upgrade(viewerPath(show)).reply(), 503, "full");

                open.add(new RawHttp(s.baseUrl(), "127.0.0.23").upgrade(viewerPath(other)));
                assertThat(open.get(2).reply().status()).isEqualTo(101);
                Reply nodeFull = new RawHttp(s.baseUrl(), "127.0.0.24").upgrade(viewerPath(other)).reply();
                assertRefused(nodeFull, 503, "full");
                assertThat(nodeFull.json().get("message").asText()).contains("server");

                try (Upgrade console = new RawHttp(s.baseUrl(), "127.0.0.25").upgrade("/api/v1/shows/" + show
                        + "/console?token=" + PRODUCER)) {
                    assertThat(console.reply().status()).isEqualTo(101);
                }
            } finally {
                open.forEach(Upgrade::close);
            }
        }
    }

    @Test
    void oneViewerReopeningItsSocketInALoopIsSlowedDown() {
        try (TestServer s = server("CUEDECK_SOCKET_OPENS_PER_VIEWER_PER_MINUTE", "2")) {
            String show = new Fixtures(s.api()).liveShow();
            String path = viewerPath(show);
            RawHttp raw = new RawHttp(s.baseUrl(), "127.0.0.31");

            for (int i = 0; i < 2; i++) {
                try (Upgrade u = raw.upgrade(path)) {
                    assertThat(u.reply().status()).isEqualTo(101);
                }
            }
            assertRefused(raw.upgrade(path).reply(), 429, "rate_limited");
            try (Upgrade someoneElse = raw.upgrade(viewerPath(show))) {
                assertThat(someoneElse.reply().status()).isEqualTo(101);
            }
        }
    }

    @Test
    void anAddressSendingHeartbeatsFasterThanAllowedIsTold429WithRetryAfter() {
        try (TestServer s = server("CUEDECK_HEARTBEATS_PER_IP_PER_SECOND", "2")) {
            String show = new Fixtures(s.api()).liveShow();
            RawHttp flood = new RawHttp(s.baseUrl(), "127.0.0.41");
            int accepted = 0;
            Reply last = null;
            for (int i = 0; i < 40 && (last == null || last.status() == 204); i++) {
                last = flood.send(heartbeat(show, UUID.randomUUID().toString(), null));
                accepted += last.status() == 204 ? 1 : 0;
            }

            // a burst of ten seconds' worth passes, then the rate holds
            assertThat(accepted).isGreaterThanOrEqualTo(2 * LimitsConfig.BURST_SECONDS).isLessThan(40);
            assertRefused(last, 429, "rate_limited");
            assertThat(new RawHttp(s.baseUrl(), "127.0.0.42").send(heartbeat(show, UUID.randomUUID().toString(), null))
                    .status()).isEqualTo(204);
        }
    }

    @Test
    void behindATrustedProxyEachForwardedAddressIsCountedOnItsOwn() {
        try (TestServer s = server("CUEDECK_HEARTBEATS_PER_IP_PER_SECOND", "1", "CUEDECK_TRUSTED_PROXIES", "127.0.0.51")) {
            String show = new Fixtures(s.api()).liveShow();
            RawHttp proxy = new RawHttp(s.baseUrl(), "127.0.0.51");
            RawHttp stranger = new RawHttp(s.baseUrl(), "127.0.0.52");

            for (int i = 0; i < 30; i++) {
                String client = "203.0.113." + (i + 1);
                assertThat(proxy.send(heartbeat(show, UUID.randomUUID().toString(), client)).status()).isEqualTo(204);
            }
            int strangerAccepted = 0;
            for (int i = 0; i < 30; i++) {
                // a client that is not a trusted proxy cannot pick the address it is counted under
                strangerAccepted += stranger.send(heartbeat(show, UUID.randomUUID().toString(), "198.51.100." + i))
                        .status() == 204 ? 1 : 0;
            }
            assertThat(strangerAccepted).isLessThan(30);
        }
    }

    @Test
    void aViewerSprayingAnswersIsRefusedRateLimitedOnItsSocketAndOverHttp() {
        try (TestServer s = server("CUEDECK_ANSWERS_PER_VIEWER_PER_MINUTE", "3")) {
            String show = new Fixtures(s.api()).liveShow();
            String viewerId = UUID.randomUUID().toString();
            TestViewer viewer = TestViewer.connectNow(HttpClient.newHttpClient(), s.wsBase() + "/v1/shows/" + show
                    + "/live?viewerId=" + viewerId);
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                viewer.sendNow("{\"type\":\"answer\",\"fireId\":\"made-up-" + i + "\",\"choice\":0}");
                reasons.add(viewer.next("refused", WAIT).get("reason").asText());
            }
            var http = s.api().post("/v1/shows/" + show + "/fires/made-up/answer", null,
                    Map.of("viewerId", viewerId, "choice", 0));

            assertThat(reasons).containsExactly("unknown_fire", "unknown_fire", "unknown_fire", "rate_limited");
            assertThat(http.status()).isEqualTo(429);
            assertThat(http.error()).isEqualTo("rate_limited");
            assertThat(http.headers().get("retry-after")).isNotEmpty();
            viewer.close();
        }
    }

    @Test
    void anAddressWithTooManyRequestsStillArrivingIsRefusedUntilOneFinishes() throws Exception {
        try (TestServer s = server("CUEDECK_UNFINISHED_REQUESTS_PER_IP", "3")) {
            String show = new Fixtures(s.api()).liveShow();
            RawHttp raw = new RawHttp(s.baseUrl(), "127.0.0.61");
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    Socket socket = raw.open();
                    socket.getOutputStream().write(("POST /v1/shows/" + show + "/heartbeat HTTP/1.1\r\nHost: x\r\n"
                            + "Content-Length: 60\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
                    slow.add(socket);
                }
                await().atMost(WAIT).untilAsserted(() ->
                        assertRefused(raw.send(heartbeat(show, UUID.randomUUID().toString(), null)), 429, "too_many_unfinished"));

                slow.get(0).close();
                await().atMost(WAIT).until(() -> raw.send(heartbeat(show, UUID.randomUUID().toString(), null)).status() == 204);
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void theDefaultsLetAThousandViewersFromOneAddressJoinAndHeartbeatAtOnce() {
        try (TestServer s = server()) {
            String show = new Fixtures(s.api()).liveShow();
            HttpClient http = HttpClient.newHttpClient();
            List<java.util.concurrent.CompletableFuture<TestViewer>> joining = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                joining.add(TestViewer.connect(http, s.wsBase() + viewerPath(show)));
            }
            List<TestViewer> viewers = joining.stream().map(java.util.concurrent.CompletableFuture::join).toList();
            viewers.forEach(v -> v.send("{\"type\":\"heartbeat\"}"));
            int accepted = 0;
            for (int i = 0; i < 1_000; i++) {
                accepted += s.api().post("/v1/shows/" + show + "/heartbeat", null,
                        Map.of("viewerId", UUID.randomUUID().toString())).status() == 204 ? 1 : 0;
            }

            assertThat(accepted).isEqualTo(1_000);
            await().atMost(WAIT).until(() -> live(s, show).get("sockets").asLong() == 1_000);
            viewers.forEach(TestViewer::close);
        }
    }

    private static JsonNode live(TestServer s, String show) {
        return s.api().get("/api/v1/shows/" + show + "/live", PRODUCER).json();
    }

    private static String heartbeat(String show, String viewerId, String forwardedFor) {
        String body = "{\"viewerId\":\"" + viewerId + "\"}";
        List<String> headers = new ArrayList<>(List.of("Content-Type: application/json", "Content-Length: " + body.length()));
        if (forwardedFor != null) {
            headers.add("X-Forwarded-For: " + forwardedFor);
        }
        return request("POST", "/v1/shows/" + show + "/heartbeat", headers.toArray(String[]::new)) + body;
    }
}
