package io.cuedeck.server.http;

import static io.cuedeck.server.testing.RawHttp.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.RawHttp;
import io.cuedeck.server.testing.RawHttp.Reply;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slow clients cannot hold the server up: bodies that never finish, headers that trickle in, and
 * viewers that stop reading their socket. The server's timeouts are shortened so the tests wait
 * seconds, not minutes; nothing here measures speed, each waits for a condition.
 */
class SlowClientTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(c -> c.withSource(ConfigSource.of(Map.of(
            "CUEDECK_BODY_TIMEOUT_SECONDS", "3",
            "CUEDECK_HEADER_TIMEOUT_SECONDS", "2",
            "CUEDECK_SLOW_READER_SECONDS", "2"))));
    private static final Api api = server.api();
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

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void threeHundredHeartbeatsThatNeverFinishTheirBodyDoNotFreezeTheServer() throws IOException {
        String show = new Fixtures(api).liveShow();
        RawHttp raw = new RawHttp(server.baseUrl(), "127.0.0.2");
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket s = raw.open();
                s.getOutputStream().write(("POST /v1/shows/" + show + "/heartbeat HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }

            for (int i = 0; i < 5; i++) {
                assertThat(api.get("/health", null).status()).isEqualTo(200);
            }
            assertThat(api.post("/v1/shows/" + show + "/heartbeat", null,
                    Map.of("viewerId", UUID.randomUUID().toString())).status()).isEqualTo(204);

            Map<Integer, Integer> answers = new HashMap<>();
            for (Socket s : slow) {
                answers.merge(RawHttp.awaitReply(s, WAIT).status(), 1, Integer::sum);
            }
            // within the cap of unfinished requests per address: 408 when the body never comes; beyond it, 429 at once
            assertThat(answers.keySet()).allMatch(status -> status == 408 || status == 429);
            assertThat(answers.getOrDefault(408, 0)).isGreaterThanOrEqualTo(256);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aRequestWhoseHeadersTrickleInIsCutOffAtTheHeaderTimeout() throws Exception {
        try (Socket s = new RawHttp(server.baseUrl(), "127.0.0.3").open()) {
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.ISO_8859_1));
            s.setSoTimeout(250);
            boolean closed = false;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!closed && System.nanoTime() < deadline) {
                try {
                    out.write('X'); // one byte of a header that never ends
                    out.flush();
                    closed = in.read() == -1;
                } catch (SocketTimeoutException e) {
                    // nothing yet: keep trickling
                } catch (IOException e) {
                    closed = true; // reset by the server
                }
            }
            assertThat(closed).as("the server closed the connection").isTrue();
        }
        assertThat(api.get("/health", null).status()).isEqualTo(200);
    }

    @Test
    void aViewerThatStopsReadingIsDroppedWithoutStallingFanOut() throws Exception {
        Fixtures fixtures = new Fixtures(api);
        String show = fixtures.liveShow();
        // big frames (about 7 KB each) fill the stalled viewer's buffers in fewer fires
        List<Map<String, String>> options = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            options.add(Map.of("en", String.valueOf(i).repeat(2) + "選".repeat(198)));
        }
        String cue = fixtures.cue(show, Map.of("kind", "poll", "prompt", Map.of("en", "誰".repeat(500)),
                "options", options, "answerSeconds", 600));
        TestViewer reader = TestViewer.connectNow(HttpClient.newHttpClient(),
                server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID());
        RawHttp raw = new RawHttp(server.baseUrl(), "127.0.0.4");
        Socket stalled = raw.open(2048);
        try {
            stalled.getOutputStream().write(request("GET", "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID(),
                    "Upgrade: websocket", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13")
                    .replace("Connection: close", "Connection: Upgrade").getBytes(StandardCharsets.ISO_8859_1));
            assertThat(RawHttp.read(stalled, false).status()).isEqualTo(101);
            await().atMost(WAIT).until(() -> sockets(show) == 2);

            int fires = 0;
            while (sockets(show) == 2) {
                assertThat(fires).as("fires before the stalled viewer was dropped").isLessThan(3_000);
                String fireId = api.fire(show, cue, TestServer.PRODUCER, UUID.randomUUID().toString(),
                        Map.of("refire", true)).json().get("fireId").asText();
                // the viewer that reads gets every cue while the other one's queue fills up
                assertThat(reader.next("cue", WAIT).get("fireId").asText()).isEqualTo(fireId);
                fires++;
            }
            assertThat(sockets(show)).isEqualTo(1);
            System.out.println("the stalled viewer was dropped after " + fires + " fires");
            String after = api.fire(show, cue, TestServer.PRODUCER, UUID.randomUUID().toString(), Map.of("refire", true))
                    .json().get("fireId").asText();
            assertThat(reader.next("cue", WAIT).get("fireId").asText()).isEqualTo(after);
        } finally {
            stalled.close();
            reader.close();
        }
    }

    private static long sockets(String show) {
        return api.get("/api/v1/shows/" + show + "/live", TestServer.PRODUCER).json().get("sockets").asLong();
    }

    @Test
    void theSlowClientsAreRefusedInJsonAndLeaveNoErrorInTheMetrics() {
        Reply reply = new RawHttp(server.baseUrl(), "127.0.0.5").send(request("POST", "/v1/shows/x/heartbeat",
                "Content-Length: 999999999"));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").asText()).isEqualTo("payload_too_large");
        assertThat(api.get("/metrics", null).body().lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .noneMatch(l -> l.contains("status=\"5"));
    }
}
