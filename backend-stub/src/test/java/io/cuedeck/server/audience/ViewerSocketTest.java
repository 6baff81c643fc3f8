package io.cuedeck.server.audience;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ViewerSocketTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);
    private static final HttpClient http = HttpClient.newHttpClient();

    private static TestViewer viewer(String show, String lang) {
        String query = "?viewerId=" + UUID.randomUUID() + (lang == null ? "" : "&lang=" + lang);
        return TestViewer.connectNow(http, server.wsBase() + "/v1/shows/" + show + "/live" + query);
    }

    private static JsonNode live(String show) {
        return api.get("/api/v1/shows/" + show + "/live", PRODUCER).json();
    }

    private static void awaitSockets(String show, long n) {
        await().atMost(WAIT).until(() -> live(show).get("sockets").asLong() == n);
    }

    @Test
    void eachViewerGetsTheCueInItsLanguageOrTheClosestOne() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        TestViewer taiwan = viewer(show, "zh-TW");
        TestViewer hongKong = viewer(show, "zh-HK");
        TestViewer france = viewer(show, "fr");
        TestViewer unknown = viewer(show, null);
        awaitSockets(show, 4);

        JsonNode receipt = api.fire(show, cue);

        JsonNode zh = taiwan.next("cue", WAIT);
        assertThat(zh.get("fireId").asText()).isEqualTo(receipt.get("fireId").asText());
        assertThat(zh.get("cueId").asText()).isEqualTo(cue);
        assertThat(zh.get("kind").asText()).isEqualTo("poll");
        assertThat(zh.get("lang").asText()).isEqualTo("zh-TW");
        assertThat(zh.get("prompt").asText()).isEqualTo("誰會贏？");
        assertThat(zh.get("options").toString()).isEqualTo("[\"紅\",\"藍\",\"都不是\"]");
        assertThat(zh.get("closesAt").asText()).isEqualTo(receipt.get("closesAt").asText());
        assertThat(zh.has("sentAt")).isTrue();
        assertThat(hongKong.next("cue", WAIT).get("prompt").asText()).isEqualTo("誰會贏？");
        assertThat(france.next("cue", WAIT).get("prompt").asText()).isEqualTo("Who wins?");
        assertThat(unknown.next("cue", WAIT).get("options").get(0).asText()).isEqualTo("Red");
        assertThat(receipt.get("targeted").asLong()).isEqualTo(4);
    }

    @Test
    void aViewerWhoConnectsWhileTheWindowIsOpenGetsTheCueOnConnect() {
        String show = fixtures.liveShow();
        JsonNode receipt = api.fire(show, fixtures.poll(show));

        TestViewer late = viewer(show, "en");

        assertThat(late.next("cue", WAIT).get("fireId").asText()).isEqualTo(receipt.get("fireId").asText());
    }

    @Test
    void aViewerAcksAndAnswersOnceAndLearnsWhenTheWindowCloses() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        TestViewer viewer = viewer(show, "en");
        awaitSockets(show, 1);
        String fire = api.fire(show, cue).get("fireId").asText();
        viewer.next("cue", WAIT);

        viewer.sendNow(TestViewer.write(new AckMessage(fire)));
        viewer.sendNow(TestViewer.write(new AnswerMessage(fire, 2, null)));
        assertThat(viewer.next("accepted", WAIT).get("fireId").asText()).isEqualTo(fire);
        viewer.sendNow(TestViewer.write(new AnswerMessage(fire, 1, null)));
        assertThat(viewer.next("refused", WAIT).get("reason").asText()).isEqualTo("duplicate");

        api.post("/api/v1/shows/" + show + "/fires/" + fire + "/close", PRODUCER, null);
        assertThat(viewer.next("closed", WAIT).get("fireId").asText()).isEqualTo(fire);
        TestViewer other = viewer(show, "en");
        other.sendNow(TestViewer.write(new AnswerMessage(fire, 0, null)));
        assertThat(other.next("refused", WAIT).get("reason").asText()).isEqualTo("closed");

        JsonNode report = api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", PRODUCER).json();
        assertThat(report.get("answers").asLong()).isEqualTo(1);
        assertThat(report.get("acks").asLong()).isEqualTo(1);
        assertThat(report.get("distribution").toString()).isEqualTo("[0,0,1]");
    }

    @Test
    void revealedQuizResultsReachEveryViewerWithTheCorrectOption() {
        String show = fixtures.liveShow();
        String quiz = fixtures.cue(show, Map.of("kind", "quiz", "prompt", Map.of("en", "2+2?"),
                "options", List.of(Map.of("en", "3"), Map.of("en", "4")), "correctOption", 1));
        TestViewer a = viewer(show, "en");
        TestViewer b = viewer(show, "en");
        awaitSockets(show, 2);
        String fire = api.fire(show, quiz).get("fireId").asText();
        a.next("cue", WAIT);
        b.next("cue", WAIT);
        a.sendNow(TestViewer.write(new AnswerMessage(fire, 1, null)));
        a.next("accepted", WAIT);
        b.sendNow(TestViewer.write(new AnswerMessage(fire, 0, null)));
        b.next("accepted", WAIT);

        api.post("/api/v1/shows/" + show + "/fires/" + fire + "/reveal", PRODUCER, null);

        for (TestViewer v : List.of(a, b)) {
            JsonNode results = v.next("results", WAIT);
            assertThat(results.get("counts").toString()).isEqualTo("[1,1]");
            assertThat(results.get("correctOption").asInt()).isEqualTo(1);
        }
        assertThat(api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", PRODUCER).json()
                .get("correct").asLong()).isEqualTo(1);
    }

    @Test
    void anOpenSocketCountsAsPresenceAndASocket() {
        String show = fixtures.liveShow();

        TestViewer viewer = viewer(show, "ko");

        await().atMost(WAIT).until(() -> live(show).get("viewers").asLong() == 1);
        awaitSockets(show, 1);
        viewer.close();
        awaitSockets(show, 0);
    }

    @Test
    void theRegionOnASocketsUrlIsWhatTheShowReportCountsItsViewerUnder() {
        String show = fixtures.liveShow();

        TestViewer.connectNow(http, server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID()
                + "&platform=ios&region=TW");
        viewer(show, "en");

        await().atMost(WAIT).until(() -> api.get("/api/v1/shows/" + show + "/report", PRODUCER).json()
                .path("split").path("region").size() == 2);
        JsonNode region = api.get("/api/v1/shows/" + show + "/report", PRODUCER).json().get("split").get("region");
        assertThat(region.get("TW").asLong()).isEqualTo(1);
        assertThat(region.get("unknown").asLong()).isEqualTo(1);
    }

    @Test
    void aSocketWithAMalformedRegionIsClosedWithAReason() {
        String show = fixtures.liveShow();

        TestViewer bad = TestViewer.connectNow(http, server.wsBase() + "/v1/shows/" + show + "/live?viewerId="
                + UUID.randomUUID() + "&region=%3Cscript%3E");

        TestViewer.Close close = bad.awaitClose(WAIT);
        assertThat(close.code()).isEqualTo(1008);
        assertThat(close.reason()).contains("region must be");
    }

    @Test
    void aMalformedMessageIsRefusedAndTheSocketStaysOpen() {
        String show = fixtures.liveShow();
        TestViewer viewer = viewer(show, "en");

        viewer.sendNow("{not json");
        assertThat(viewer.next("refused", WAIT).get("reason").asText()).isEqualTo("invalid");
        viewer.sendNow("{\"type\":\"dance\"}");
        assertThat(viewer.next("refused", WAIT).get("reason").asText()).isEqualTo("invalid");
        viewer.sendNow("{\"type\":\"answer\",\"fireId\":\"nope\",\"choice\":0}");
        assertThat(viewer.next("refused", WAIT).get("reason").asText()).isEqualTo("unknown_fire");

        JsonNode receipt = api.fire(show, fixtures.poll(show));
        assertThat(viewer.next("cue", WAIT).get("fireId").asText()).isEqualTo(receipt.get("fireId").asText());
    }

    @Test
    void aSocketWithABadViewerIdOrForAnUnknownShowIsClosedWithAReason() {
        String show = fixtures.liveShow();

        TestViewer bad = TestViewer.connectNow(http, server.wsBase() + "/v1/shows/" + show + "/live?viewerId=me");
        TestViewer none = TestViewer.connectNow(http, server.wsBase() + "/v1/shows/" + show + "/live");
        TestViewer lost = TestViewer.connectNow(http, server.wsBase() + "/v1/shows/nope/live?viewerId="
                + UUID.randomUUID());

        TestViewer.Close badClose = bad.awaitClose(WAIT);
        assertThat(badClose.code()).isEqualTo(1008);
        assertThat(badClose.reason()).contains("viewerId must be a UUID");
        assertThat(none.awaitClose(WAIT).code()).isEqualTo(1008);
        TestViewer.Close lostClose = lost.awaitClose(WAIT);
        assertThat(lostClose.code()).isEqualTo(1008);
        assertThat(lostClose.reason()).contains("no show 'nope'");
    }

    @Test
    void aFrameOver16KiBClosesTheSocketWith1009() {
        String show = fixtures.liveShow();
        TestViewer viewer = viewer(show, "en");

        viewer.send("{\"type\":\"heartbeat\",\"pad\":\"" + "x".repeat(17 * 1024) + "\"}");

        TestViewer.Close close = viewer.awaitClose(WAIT);
        assertThat(close.code()).isEqualTo(1009);
        assertThat(close.reason()).isNotBlank();
    }

    @Test
    void whenTheShowEndsItsSocketsAreClosedAndNewOnesRefused() {
        String show = fixtures.liveShow();
        TestViewer viewer = viewer(show, "en");
        awaitSockets(show, 1);

        api.patch("/api/v1/shows/" + show, PRODUCER, Map.of("status", "ended"));

        TestViewer.Close close = viewer.awaitClose(WAIT);
        assertThat(close.code()).isEqualTo(1000);
        assertThat(close.reason()).contains("ended");
        assertThat(viewer(show, "en").awaitClose(WAIT).code()).isEqualTo(1008);
    }
}
