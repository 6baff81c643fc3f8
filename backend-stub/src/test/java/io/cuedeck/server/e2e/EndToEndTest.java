package io.cuedeck.server.e2e;

import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A thousand viewers on non-blocking sockets in this JVM: one fire reaches every one of them in
 * its language, each acks and answers, and the fire report's numbers are exact.
 */
class EndToEndTest {

    private static final int VIEWERS = 1_000;
    private static final String[] LANGS = {"en", "zh-TW", "ko", "fr"};
    private static final Map<String, String> PROMPT = Map.of("en", "Who wins?", "zh-TW", "誰會贏？", "ko", "누가 이길까?");

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static ExecutorService clientThreads;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        clientThreads = Executors.newFixedThreadPool(4);
        http = HttpClient.newBuilder().executor(clientThreads).build();
    }

    @AfterAll
    static void stop() {
        clientThreads.shutdownNow();
    }

    @Test
    void aThousandViewersGetTheCueInTheirLanguageAndTheReportIsExact() throws Exception {
        Fixtures fixtures = new Fixtures(api);
        String show = fixtures.liveShow();
        String cue = fixtures.cue(show, Map.of("kind", "poll", "prompt", PROMPT, "defaultLang", "en",
                "answerSeconds", 120, "options", List.of(
                        Map.of("en", "Red", "zh-TW", "紅", "ko", "빨강"),
                        Map.of("en", "Blue", "zh-TW", "藍", "ko", "파랑"),
                        Map.of("en", "Green", "zh-TW", "綠", "ko", "초록"))));
        CountDownLatch cues = new CountDownLatch(VIEWERS);
        CountDownLatch accepted = new CountDownLatch(VIEWERS);
        List<CrowdViewer> crowd = new ArrayList<>();
        List<WebSocket> sockets = connect(show, crowd, cues, accepted);
        await().atMost(Duration.ofSeconds(10)).until(() -> live(show).get("sockets").asLong() == VIEWERS);

        long started = System.nanoTime();
        JsonNode receipt = api.fire(show, cue);
        assertThat(cues.await(30, TimeUnit.SECONDS)).as("every viewer got the cue").isTrue();
        long fanOutMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(accepted.await(30, TimeUnit.SECONDS)).as("every answer was accepted").isTrue();
        long answeredMillis = (System.nanoTime() - started) / 1_000_000;

        String fireId = receipt.get("fireId").asText();
        assertThat(receipt.get("targeted").asLong()).isEqualTo(VIEWERS);
        for (CrowdViewer v : crowd) {
            assertThat(v.cue.get("fireId").asText()).isEqualTo(fireId);
            String shown = PROMPT.containsKey(v.lang) ? v.lang : "en";
            assertThat(v.cue.get("lang").asText()).isEqualTo(shown);
            assertThat(v.cue.get("prompt").asText()).isEqualTo(PROMPT.get(shown));
            assertThat(v.refusal).isNull();
        }

        api.post("/api/v1/shows/" + show + "/fires/" + fireId + "/close", PRODUCER, null);
        JsonNode report = awaitFinalReport(show, fireId);
        assertThat(report.get("targeted").asLong()).isEqualTo(VIEWERS);
        assertThat(report.get("delivered").asLong()).isEqualTo(VIEWERS);
        assertThat(report.get("failed").asLong()).isZero();
        assertThat(report.get("acks").asLong()).isEqualTo(VIEWERS);
        assertThat(report.get("answers").asLong()).isEqualTo(VIEWERS);
        assertThat(report.get("distribution").toString()).isEqualTo("[334,333,333]");
        assertThat(report.get("responseRate").asDouble()).isEqualTo(1.0);
        JsonNode latency = report.get("ackLatencyMs");
        assertThat(latency.get("p50").asLong()).isLessThanOrEqualTo(latency.get("p95").asLong());
        assertThat(latency.get("p95").asLong()).isLessThanOrEqualTo(latency.get("p99").asLong());
        assertThat(latency.get("p99").asLong()).isLessThanOrEqualTo(latency.get("max").asLong());
        assertThat(latency.get("max").asLong()).isPositive().isLessThan(answeredMillis + 1_000);
        System.out.printf("e2e: %d viewers, cue on every socket %d ms after the fire request, every answer "
                + "accepted after %d ms, ack p50/p95/p99/max %s/%s/%s/%s ms%n", VIEWERS, fanOutMillis, answeredMillis,
                latency.get("p50"), latency.get("p95"), latency.get("p99"), latency.get("max"));
        System.out.println("e2e server metrics: " + api.get("/metrics", null).body().lines()
                .filter(l -> l.startsWith("cuedeck_fanout_seconds_max") || l.startsWith("cuedeck_journal")).toList());
        sockets.forEach(WebSocket::abort);
    }

    private static List<WebSocket> connect(String show, List<CrowdViewer> crowd, CountDownLatch cues,
            CountDownLatch accepted) {
        List<WebSocket> sockets = new ArrayList<>();
        for (int wave = 0; wave < VIEWERS / 100; wave++) {
            List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = wave * 100 + i;
                CrowdViewer viewer = new CrowdViewer(LANGS[n % LANGS.length], n % 3, cues, accepted);
                crowd.add(viewer);
                URI uri = URI.create(server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID()
                        + "&lang=" + viewer.lang + "&platform=web");
                opening.add(http.newWebSocketBuilder().buildAsync(uri, viewer));
            }
            opening.forEach(f -> sockets.add(f.orTimeout(20, TimeUnit.SECONDS).join()));
        }
        return sockets;
    }

    private static JsonNode live(String show) {
        return api.get("/api/v1/shows/" + show + "/live", PRODUCER).json();
    }

    /** The report once the fire is finalised (its totals copied to the cold store). */
    private static JsonNode awaitFinalReport(String show, String fireId) {
        String path = "/api/v1/shows/" + show + "/fires/" + fireId + "/report";
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode r = api.get(path, MANAGER).json();
            return r.has("closedAt") && r.get("acks").asLong() == VIEWERS && r.get("delivered").asLong() == VIEWERS;
        });
        return api.get(path, MANAGER).json();
    }
}
