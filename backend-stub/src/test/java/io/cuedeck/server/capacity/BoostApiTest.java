package io.cuedeck.server.capacity;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The boost routes as a producer, a host and a push server use them, against a real server. */
class BoostApiTest {

    @RegisterExtension
    static final CapacityServer server = CapacityServer.perClass(Map.of());
    private static final Api api = server.api();
    private static final Instant SOON = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);

    private static Map<String, Object> draft(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Evening news", "start", SOON.toString(),
                "end", SOON.plus(Duration.ofHours(2)).toString(), "expectedViewers", 58_000, "leadMinutes", 30));
        changes.forEach((k, v) -> {
            if (v == null || "DROP".equals(v)) {
                body.remove(k);
            } else {
                body.put(k, v);
            }
        });
        return body;
    }

    @Test
    void aProducerAddsABoostInViewersAndReadsItBackWithItsUnitsAndHistory() {
        Response r = api.post("/api/v1/boosts", PRODUCER, draft(Map.of()));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode boost = r.json();
        assertThat(boost.get("units").asInt()).as("58,000 viewers at 5,000 a unit").isEqualTo(12);
        assertThat(boost.get("status").asText()).isEqualTo("planned");
        assertThat(boost.get("source").asText()).isEqualTo("manual");
        assertThat(boost.get("history").get(0).get("status").asText()).isEqualTo("planned");
        String id = boost.get("id").asText();
        assertThat(api.get("/api/v1/boosts/" + id, MANAGER).json().get("title").asText()).isEqualTo("Evening news");
        assertThat(api.get("/api/v1/boosts", HOST).json().findValuesAsText("id")).contains(id);
    }

    @Test
    void editingABoostKeepsItsIdAndDeletingItCancelsItAndPuttingItBackPlansItAgain() {
        String id = api.post("/api/v1/boosts", PRODUCER, draft(Map.of())).json().get("id").asText();

        Response edited = api.put("/api/v1/boosts/" + id, PRODUCER, draft(Map.of("targetUnits", 20,
                "expectedViewers", "DROP", "title", "Evening news, final")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("units").asInt()).isEqualTo(20);

        assertThat(api.delete("/api/v1/boosts/" + id, PRODUCER).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/boosts/" + id, PRODUCER).json().get("status").asText()).isEqualTo("cancelled");
        assertThat(api.delete("/api/v1/boosts/" + id, PRODUCER).status()).as("again: nothing more").isEqualTo(204);

        Response back = api.put("/api/v1/boosts/" + id, PRODUCER, draft(Map.of("targetUnits", 20, "expectedViewers", "DROP")));
        assertThat(back.json().get("status").asText()).isEqualTo("planned");
        assertThat(back.json().get("history").findValuesAsText("status")).containsExactly("planned", "cancelled", "planned");
    }

    static Stream<Arguments> badDrafts() {
        String past = Instant.now().minus(Duration.ofMinutes(5)).toString();
        return Stream.of(
                Arguments.of(Map.of("start", past), "start"),
                Arguments.of(Map.of("end", SOON.toString()), "end"),
                Arguments.of(Map.of("end", SOON.minus(Duration.ofMinutes(1)).toString()), "end"),
                Arguments.of(Map.of("end", SOON.plus(Duration.ofDays(8)).toString()), "end"),
                Arguments.of(Map.of("expectedViewers", 5_000_000), "expectedViewers"),
                Arguments.of(Map.of("targetUnits", 51, "expectedViewers", "DROP"), "targetUnits"),
                Arguments.of(Map.of("targetUnits", 0, "expectedViewers", "DROP"), "targetUnits"),
                Arguments.of(Map.of("targetUnits", 5), "targetUnits"),
                Arguments.of(Map.of("expectedViewers", "DROP"), "targetUnits"),
                Arguments.of(Map.of("leadMinutes", 721), "leadMinutes"),
                Arguments.of(Map.of("leadMinutes", -1), "leadMinutes"),
                Arguments.of(Map.of("showId", "no-such-show"), "showId"),
                Arguments.of(Map.of("title", " "), "title"),
                Arguments.of(Map.of("start", "DROP"), "start"),
                Arguments.of(Map.of("start", "tonight"), "start"),
                Arguments.of(Map.of("colour", "red"), "colour"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("badDrafts")
    void aBadBoostIsRefusedWith400NamingTheFieldAndNothingIsStored(Map<String, Object> change, String field) {
        Map<String, Object> changes = new HashMap<>(change);
        String before = api.get("/api/v1/boosts", PRODUCER).body();

        Response r = api.post("/api/v1/boosts", PRODUCER, draft(changes));

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("validation");
        assertThat(r.field()).isEqualTo(field);
        assertThat(r.json().get("message").asText()).isNotBlank();
        assertThat(api.get("/api/v1/boosts", PRODUCER).body()).isEqualTo(before);
    }

    @Test
    void anEditMayKeepAStartThatHasPassedButNotMoveOneIntoThePast() {
        Response now = api.post("/api/v1/boosts/now", PRODUCER, Map.of("targetUnits", 4, "reason", "Goal replay"));
        String id = now.json().get("id").asText();
        Instant start = Instant.parse(now.json().get("start").asText());
        Instant end = Instant.parse(now.json().get("end").asText());
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(start.plusMillis(10)));

        Response keep = api.put("/api/v1/boosts/" + id, PRODUCER, Map.of("title", "Goal replay", "start", start.toString(),
                "end", end.plus(Duration.ofMinutes(10)).toString(), "targetUnits", 4, "leadMinutes", 0));
        Response move = api.put("/api/v1/boosts/" + id, PRODUCER, Map.of("title", "Goal replay",
                "start", start.minus(Duration.ofHours(1)).toString(), "end", end.toString(), "targetUnits", 4));

        assertThat(keep.status()).as(keep.body()).isEqualTo(200);
        assertThat(move.status()).isEqualTo(400);
        assertThat(move.field()).isEqualTo("start");
    }

    @Test
    void boostNowScalesUpAtOnceAndTheCapacityStateShowsTheUnitsReady() {
        Response r = api.post("/api/v1/boosts/now", HOST, Map.of("expectedViewers", 40_000, "holdMinutes", 20,
                "reason", "Push: the winner is announced"));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode b = r.json();
        assertThat(b.get("source").asText()).isEqualTo("push");
        assertThat(b.get("units").asInt()).isEqualTo(8);
        assertThat(b.get("holdMinutes").asInt()).isEqualTo(20);
        assertThat(Duration.between(Instant.parse(b.get("start").asText()), Instant.parse(b.get("end").asText())))
                .isEqualTo(Duration.ofMinutes(20));
        String id = b.get("id").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/boosts/" + id, PRODUCER).json().get("status").asText()).isEqualTo("ready"));
        JsonNode state = api.get("/api/v1/capacity", MANAGER).json();
        assertThat(state.get("provider").asText()).isEqualTo("simulated");
        assertThat(state.get("desiredUnits").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(state.get("readyUnits").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(state.get("reachable").asBoolean()).isTrue();
        assertThat(state.get("lastAction").get("outcome").asText()).isEqualTo("done");
        assertThat(state.get("leader").asText()).isEqualTo(server.server().nodeId());
    }

    @Test
    void boostNowNeedsAReasonAndATargetAndAHoldInRange() {
        assertThat(api.post("/api/v1/boosts/now", PRODUCER, Map.of("targetUnits", 3)).field()).isEqualTo("reason");
        assertThat(api.post("/api/v1/boosts/now", PRODUCER, Map.of("reason", "x")).field()).isEqualTo("targetUnits");
        assertThat(api.post("/api/v1/boosts/now", PRODUCER, Map.of("reason", "x", "targetUnits", 3, "holdMinutes", 0))
                .field()).isEqualTo("holdMinutes");
        assertThat(api.post("/api/v1/boosts/now", PRODUCER, Map.of("reason", "x", "targetUnits", 300)).field())
                .isEqualTo("targetUnits");
    }

    @Test
    void thePlanMergesOverlappingBoostsMinuteByMinuteTheHighestWinning() {
        Instant day = SOON.plus(Duration.ofDays(3));
        String show = new Fixtures(api).draftShow();
        api.post("/api/v1/boosts", PRODUCER, Map.of("title", "Long", "start", day.toString(),
                "end", day.plus(Duration.ofMinutes(60)).toString(), "targetUnits", 10, "leadMinutes", 5, "showId", show));
        api.post("/api/v1/boosts", PRODUCER, Map.of("title", "Peak", "start", day.plus(Duration.ofMinutes(20)).toString(),
                "end", day.plus(Duration.ofMinutes(30)).toString(), "targetUnits", 25, "leadMinutes", 0));

        JsonNode plan = api.get("/api/v1/capacity/plan?from=" + day.minus(Duration.ofMinutes(10)) + "&to="
                + day.plus(Duration.ofMinutes(70)), MANAGER).json();

        assertThat(plan.get("stepSeconds").asInt()).isEqualTo(60);
        List<Integer> units = toList(plan.get("units"));
        assertThat(units).hasSize(80);
        assertThat(units.subList(0, 5)).containsOnly(1);
        assertThat(units.subList(5, 30)).containsOnly(10);
        assertThat(units.subList(30, 40)).containsOnly(25);
        assertThat(units.subList(40, 70)).containsOnly(10);
        assertThat(units.subList(70, 80)).containsOnly(1);
    }

    @Test
    void rangesAndInstantsInQueriesAreChecked() {
        assertThat(api.get("/api/v1/capacity/plan?from=yesterday", PRODUCER).field()).isEqualTo("from");
        assertThat(api.get("/api/v1/capacity/plan?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z", PRODUCER).field())
                .isEqualTo("to");
        assertThat(api.get("/api/v1/capacity/plan?from=2026-12-01T00:00:00Z&to=2026-12-30T00:00:00Z", PRODUCER).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/boosts?to=soon", PRODUCER).field()).isEqualTo("to");
        assertThat(api.get("/api/v1/boosts/nope", PRODUCER).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/boosts/nope", PRODUCER, draft(Map.of())).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/boosts/nope", PRODUCER).status()).isEqualTo(404);
    }

    private static List<Integer> toList(JsonNode array) {
        List<Integer> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
