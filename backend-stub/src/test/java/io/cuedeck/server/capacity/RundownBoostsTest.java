package io.cuedeck.server.capacity;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Capacity the rundown plans: a show's scheduled window and its planned push cues become boosts
 * ({@code source: rundown}) that follow the rundown, and firing a push cue that no boost covers
 * boosts at once.
 */
class RundownBoostsTest {

    @RegisterExtension
    static final CapacityServer server = CapacityServer.perClass(Map.of("CUEDECK_RUNDOWN_VIEWERS", "40000",
            "CUEDECK_PUSH_VIEWERS", "90000", "CUEDECK_PUSH_HOLD_MINUTES", "20"));
    private static final Api api = server.api();
    private static final Instant START = Instant.now().plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static List<JsonNode> boostsOf(String show) {
        List<JsonNode> out = new ArrayList<>();
        api.get("/api/v1/boosts?from=" + Instant.now().minus(Duration.ofHours(1)) + "&to="
                + Instant.now().plus(Duration.ofDays(3)), PRODUCER).json().forEach(b -> {
                    if (show.equals(b.path("showId").asText())) {
                        out.add(b);
                    }
                });
        return out;
    }

    private static JsonNode only(String show, String source) {
        List<JsonNode> found = boostsOf(show).stream().filter(b -> b.get("source").asText().equals(source)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String show(Instant start, Instant end) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Song contest", "scheduledStart", start.toString()));
        if (end != null) {
            body.put("scheduledEnd", end.toString());
        }
        return api.post("/api/v1/shows", PRODUCER, body).json().get("id").asText();
    }

    private static Map<String, Object> pushCue(Instant at, boolean push) {
        return Map.of("kind", "announcement", "prompt", Map.of("en", "The winner!"), "plannedAt", at.toString(),
                "push", push);
    }

    @Test
    void aShowsScheduledWindowBecomesABoostThatMovesWithTheSchedule() {
        String show = show(START, START.plus(Duration.ofHours(2)));

        await().atMost(WAIT).until(() -> boostsOf(show).size() == 1);
        JsonNode b = only(show, "rundown");
        assertThat(b.get("start").asText()).isEqualTo(START.toString());
        assertThat(b.get("end").asText()).isEqualTo(START.plus(Duration.ofHours(2)).toString());
        assertThat(b.get("units").asInt()).as("40,000 viewers").isEqualTo(8);
        assertThat(b.get("title").asText()).isEqualTo("Song contest");

        api.patch("/api/v1/shows/" + show, PRODUCER, Map.of("scheduledStart", START.plus(Duration.ofMinutes(30)).toString(),
                "scheduledEnd", START.plus(Duration.ofHours(3)).toString()));

        await().atMost(WAIT).until(() -> only(show, "rundown").get("start").asText()
                .equals(START.plus(Duration.ofMinutes(30)).toString()));
        assertThat(only(show, "rundown").get("id").asText()).isEqualTo(b.get("id").asText());
        assertThat(only(show, "rundown").get("end").asText()).isEqualTo(START.plus(Duration.ofHours(3)).toString());
    }

    @Test
    void aPlannedPushCueGetsABoostThatFollowsTheCueAndGoesWhenTheCueDoes() {
        String show = show(START, null);
        await().atMost(WAIT).until(() -> boostsOf(show).size() == 1);
        assertThat(only(show, "rundown").get("end").asText()).as("two hours without an end")
                .isEqualTo(START.plus(Duration.ofHours(2)).toString());
        Instant push = START.plus(Duration.ofMinutes(45));

        String cue = new Fixtures(api).cue(show, pushCue(push, true));

        await().atMost(WAIT).until(() -> boostsOf(show).size() == 2);
        JsonNode b = pushBoost(show);
        assertThat(b.get("start").asText()).isEqualTo(push.toString());
        assertThat(b.get("end").asText()).isEqualTo(push.plus(Duration.ofMinutes(20)).toString());
        assertThat(b.get("units").asInt()).as("90,000 viewers").isEqualTo(18);

        api.put("/api/v1/shows/" + show + "/cues/" + cue, PRODUCER, pushCue(push.plus(Duration.ofMinutes(10)), true));
        await().atMost(WAIT).until(() -> pushBoost(show).get("start").asText()
                .equals(push.plus(Duration.ofMinutes(10)).toString()));

        api.put("/api/v1/shows/" + show + "/cues/" + cue, PRODUCER, pushCue(push, false));
        await().atMost(WAIT).until(() -> pushBoost(show).get("status").asText().equals("cancelled"));

        api.put("/api/v1/shows/" + show + "/cues/" + cue, PRODUCER, pushCue(push, true));
        await().atMost(WAIT).until(() -> pushBoost(show).get("status").asText().equals("planned"));
        api.delete("/api/v1/shows/" + show + "/cues/" + cue, PRODUCER);
        await().atMost(WAIT).until(() -> pushBoost(show).get("status").asText().equals("cancelled"));
        assertThat(boostsOf(show)).hasSize(2);
    }

    private static JsonNode pushBoost(String show) {
        return boostsOf(show).stream().filter(b -> b.get("ref").asText().contains(":cue:")).findFirst().orElseThrow();
    }

    @Test
    void aCuesPlanningFieldsAreCheckedAndStored() {
        String show = new Fixtures(api).draftShow();
        var bad = api.post("/api/v1/shows/" + show + "/cues", PRODUCER, Map.of("kind", "announcement",
                "prompt", Map.of("en", "x"), "plannedAt", "2099-01-01T00:00:00Z"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.field()).isEqualTo("plannedAt");
        assertThat(api.post("/api/v1/shows/" + show + "/cues", PRODUCER, Map.of("kind", "announcement",
                "prompt", Map.of("en", "x"), "push", "yes")).field()).isEqualTo("push");

        var ok = api.post("/api/v1/shows/" + show + "/cues", PRODUCER, pushCue(START, true));
        assertThat(ok.json().get("plannedAt").asText()).isEqualTo(START.toString());
        assertThat(ok.json().get("push").asBoolean()).isTrue();
        var plain = api.post("/api/v1/shows/" + show + "/cues", PRODUCER, Map.of("kind", "question",
                "prompt", Map.of("en", "Why?")));
        assertThat(plain.json().has("push")).isFalse();
        assertThat(plain.json().has("plannedAt")).isFalse();
    }

    @Test
    void firingAPushCueThatNoBoostCoversBoostsAtOnceAndAFireThatIsCoveredDoesNot() {
        Fixtures fixtures = new Fixtures(api);
        String show = fixtures.liveShow();
        String push = fixtures.cue(show, Map.of("kind", "announcement", "prompt", Map.of("en", "Vote now!"), "push", true));
        String plain = fixtures.question(show);

        api.fire(show, plain);
        api.fire(show, push);

        await().atMost(WAIT).until(() -> boostsOf(show).size() == 1);
        JsonNode b = only(show, "push");
        assertThat(b.get("units").asInt()).isEqualTo(18);
        assertThat(b.get("leadMinutes").asInt()).isZero();
        assertThat(b.get("holdMinutes").asInt()).isEqualTo(20);
        assertThat(b.get("title").asText()).isEqualTo("Push: Vote now!");
        await().atMost(WAIT).until(() -> !only(show, "push").get("status").asText().equals("planned"));

        assertThat(api.fire(show, push, PRODUCER, java.util.UUID.randomUUID().toString(), Map.of("refire", true))
                .status()).as("a second push, covered by the first one's boost").isEqualTo(202);
        api.post("/api/v1/boosts/now", PRODUCER, Map.of("reason", "sync", "targetUnits", 1)); // a marker after it
        await().atMost(WAIT).until(() -> api.get("/api/v1/boosts", PRODUCER).json().findValuesAsText("reason")
                .contains("sync"));
        assertThat(boostsOf(show)).hasSize(1);
    }
}
