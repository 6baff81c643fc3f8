package io.cuedeck.server.reports;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The report routes: who may read each, the comparison's checks, the show list's filters, and counts over HTTP viewers. */
class ReportRoutesTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);

    @Test
    void producersAndManagersReadEveryReportHostsOnlyFireReportsAndNoTokenNone() {
        String show = fixtures.liveShow();
        String other = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        String fireReport = "/api/v1/shows/" + show + "/fires/" + fire + "/report";
        String showReport = "/api/v1/shows/" + show + "/report";
        String compare = "/api/v1/reports/compare?shows=" + show + "," + other;
        Map<String, Map<String, Integer>> matrix = Map.of(
                fireReport, Map.of(PRODUCER, 200, MANAGER, 200, HOST, 200),
                showReport, Map.of(PRODUCER, 200, MANAGER, 200, HOST, 403),
                compare, Map.of(PRODUCER, 200, MANAGER, 200, HOST, 403));

        matrix.forEach((path, byToken) -> {
            byToken.forEach((token, status) -> assertThat(api.get(path, token).status()).as(path + " as " + token)
                    .isEqualTo(status));
            assertThat(api.get(path, null).status()).as(path + " without a token").isEqualTo(401);
            assertThat(api.get(path, "viewer-" + UUID.randomUUID()).status()).as(path + " with a made-up token").isEqualTo(401);
        });
    }

    @Test
    void theComparisonLaysTwoToFiveShowsSideBySideInTheOrderAsked() {
        String a = fixtures.liveShow();
        String b = fixtures.draftShow();
        String c = fixtures.liveShow();

        JsonNode shows = api.get("/api/v1/reports/compare?shows=" + c + "," + a + "," + b, MANAGER).json().get("shows");

        assertThat(shows).extracting(s -> s.get("showId").asText()).containsExactly(c, a, b);
        assertThat(shows.get(2).get("status").asText()).isEqualTo("draft");
        assertThat(shows.get(0).get("fires").asInt()).isZero();
    }

    @Test
    void aComparisonOfTooFewTooManyRepeatedOrUnknownShowsIsA400NamingTheProblem() {
        String a = fixtures.liveShow();
        String b = fixtures.liveShow();
        Map<String, String> wrong = Map.of(
                "", "Name the shows",
                "?shows=" + a, "1 was given",
                "?shows=" + a + "," + b + ",x3,x4,x5,x6", "6 were given",
                "?shows=" + a + "," + a, "named twice",
                "?shows=" + a + ",nope", "no show 'nope'",
                "?shows=" + a + ",,", "empty");

        wrong.forEach((query, words) -> {
            Api.Response r = api.get("/api/v1/reports/compare" + query, PRODUCER);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.field()).isEqualTo("shows");
            assertThat(r.json().get("message").asText()).as(query).contains(words);
        });
    }

    @Test
    void theShowListFiltersByTitleDateAndStatusAndRefusesBadValues() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.post("/api/v1/shows", PRODUCER, Map.of("title", "Final " + marker));
        String finalShow = created.json().get("id").asText();
        api.post("/api/v1/shows", PRODUCER, Map.of("title", "Semi " + marker));
        api.patch("/api/v1/shows/" + finalShow, PRODUCER, Map.of("status", "live"));

        JsonNode byTitle = api.get("/api/v1/shows?q=" + marker, MANAGER).json();
        JsonNode live = api.get("/api/v1/shows?q=final%20" + marker + "&status=live", MANAGER).json();
        JsonNode future = api.get("/api/v1/shows?q=" + marker + "&from=2999-01-01T00:00:00Z", MANAGER).json();
        JsonNode window = api.get("/api/v1/shows?q=" + marker + "&from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z",
                MANAGER).json();

        assertThat(byTitle).hasSize(2);
        assertThat(live).singleElement().satisfies(s -> assertThat(s.get("id").asText()).isEqualTo(finalShow));
        assertThat(future).isEmpty();
        assertThat(window).hasSize(2);
        assertThat(api.get("/api/v1/shows?status=over", MANAGER).field()).isEqualTo("status");
        assertThat(api.get("/api/v1/shows?from=yesterday", MANAGER).field()).isEqualTo("from");
        assertThat(api.get("/api/v1/shows?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", MANAGER).status())
                .isEqualTo(400);
    }

    @Test
    void aFiresReportCountsHttpAcksAndAnswersOncePerViewerWithRefusalsByReason() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        String base = "/v1/shows/" + show + "/fires/" + fire;
        for (int i = 0; i < 5; i++) {
            String viewer = UUID.randomUUID().toString();
            api.post(base + "/ack", null, Map.of("viewerId", viewer));
            api.post(base + "/ack", null, Map.of("viewerId", viewer));
            api.post(base + "/answer", null, Map.of("viewerId", viewer, "choice", i % 2));
            api.post(base + "/answer", null, Map.of("viewerId", viewer, "choice", 0));
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode r = api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", HOST).json();
            assertThat(r.get("acks").asLong()).isEqualTo(5);
            assertThat(r.get("answers").asLong()).isEqualTo(5);
            assertThat(r.get("distribution")).extracting(JsonNode::asLong).containsExactly(3L, 2L, 0L);
            assertThat(r.get("refusedAnswers").get("duplicate").asLong()).isEqualTo(5);
            assertThat(r.get("answersByLanguage").get(0).get("lang").asText()).isEqualTo("und");
            assertThat(r.get("funnel").get("targeted").asLong()).isZero();
        });
    }
}
