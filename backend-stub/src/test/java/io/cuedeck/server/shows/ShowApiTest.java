package io.cuedeck.server.shows;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.TestServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShowApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();

    private static String newId() {
        return "show-" + UUID.randomUUID();
    }

    @Test
    void aProducerCreatesAShowThatStartsAsADraft() {
        Response r = api.post("/api/v1/shows", PRODUCER, Map.of("title", "  Evening news  ",
                "scheduledStart", "2026-11-21T20:00:00Z", "scheduledEnd", "2026-11-21T21:00:00Z"));

        assertThat(r.status()).isEqualTo(201);
        JsonNode show = r.json();
        assertThat(show.get("id").asText()).matches("[a-z0-9]{16}");
        assertThat(show.get("title").asText()).isEqualTo("Evening news");
        assertThat(show.get("status").asText()).isEqualTo("draft");
        assertThat(show.get("scheduledStart").asText()).isEqualTo("2026-11-21T20:00:00Z");
        assertThat(show.has("createdAt")).isTrue();
        assertThat(api.get("/api/v1/shows/" + show.get("id").asText(), PRODUCER).json()).isEqualTo(show);
    }

    @Test
    void aShowCanBeGivenItsOwnIdButOnlyOnce() {
        String id = newId();

        assertThat(api.post("/api/v1/shows", PRODUCER, Map.of("id", id, "title", "A")).status()).isEqualTo(201);
        Response again = api.post("/api/v1/shows", PRODUCER, Map.of("id", id, "title", "B"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("conflict");
        assertThat(api.get("/api/v1/shows/" + id, PRODUCER).json().get("title").asText()).isEqualTo("A");
    }

    @Test
    void badShowFieldsAreRefusedWithTheFieldNamed() {
        assertThat(api.post("/api/v1/shows", PRODUCER, Map.of("title", "   ")).field()).isEqualTo("title");
        assertThat(api.post("/api/v1/shows", PRODUCER, Map.of("title", "x".repeat(201))).field()).isEqualTo("title");
        assertThat(api.post("/api/v1/shows", PRODUCER, Map.of()).field()).isEqualTo("title");
        assertThat(api.post("/api/v1/shows", PRODUCER, Map.of("id", "has space", "title", "t")).field()).isEqualTo("id");
        Response schedule = api.post("/api/v1/shows", PRODUCER, Map.of("title", "t",
                "scheduledStart", "2026-11-21T21:00:00Z", "scheduledEnd", "2026-11-21T20:00:00Z"));
        assertThat(schedule.status()).isEqualTo(400);
        assertThat(schedule.field()).isEqualTo("scheduledEnd");
        assertThat(api.post("/api/v1/shows", PRODUCER, Map.of("title", "x".repeat(200))).status()).isEqualTo(201);
    }

    @Test
    void showsAreListedNewestFirstForEveryRole() {
        String older = newId();
        String newer = newId();
        api.post("/api/v1/shows", PRODUCER, Map.of("id", older, "title", "older"));
        api.post("/api/v1/shows", PRODUCER, Map.of("id", newer, "title", "newer"));

        for (String token : new String[] {PRODUCER, HOST, MANAGER}) {
            Response list = api.get("/api/v1/shows", token);
            assertThat(list.status()).isEqualTo(200);
            String body = list.body();
            assertThat(body.indexOf(newer)).isPositive().isLessThan(body.indexOf(older));
        }
    }

    @Test
    void aShowMovesFromDraftToLiveToEndedAndNeverBack() {
        String id = newId();
        api.post("/api/v1/shows", PRODUCER, Map.of("id", id, "title", "t"));

        JsonNode live = api.patch("/api/v1/shows/" + id, PRODUCER, Map.of("status", "live")).json();
        assertThat(live.get("status").asText()).isEqualTo("live");
        assertThat(live.has("liveAt")).isTrue();
        Response back = api.patch("/api/v1/shows/" + id, PRODUCER, Map.of("status", "draft"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.error()).isEqualTo("conflict");
        assertThat(back.json().get("message").asText()).contains("draft to live to ended");

        JsonNode ended = api.patch("/api/v1/shows/" + id, PRODUCER, Map.of("status", "ended")).json();
        assertThat(ended.get("status").asText()).isEqualTo("ended");
        assertThat(ended.has("endedAt")).isTrue();
        assertThat(api.patch("/api/v1/shows/" + id, PRODUCER, Map.of("status", "live")).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/shows/" + id, PRODUCER).json().get("status").asText()).isEqualTo("ended");
    }

    @Test
    void aDraftCanEndWithoutGoingLiveAndAPatchCanRenameIt() {
        String id = newId();
        api.post("/api/v1/shows", PRODUCER, Map.of("id", id, "title", "t"));

        JsonNode renamed = api.patch("/api/v1/shows/" + id, PRODUCER, Map.of("title", "Renamed")).json();
        assertThat(renamed.get("title").asText()).isEqualTo("Renamed");
        assertThat(renamed.get("status").asText()).isEqualTo("draft");
        JsonNode ended = api.patch("/api/v1/shows/" + id, PRODUCER, Map.of("status", "ended")).json();
        assertThat(ended.get("status").asText()).isEqualTo("ended");
        assertThat(ended.has("liveAt")).isFalse();
    }

    @Test
    void aBadStatusIsRefusedWithTheAllowedValues() {
        String id = newId();
        api.post("/api/v1/shows", PRODUCER, Map.of("id", id, "title", "t"));

        Response r = api.patch("/api/v1/shows/" + id, PRODUCER, Map.of("status", "paused"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.field()).isEqualTo("status");
        assertThat(r.json().get("message").asText()).contains("draft, live, ended");
    }

    @Test
    void anUnknownShowIsNotFound() {
        Response get = api.get("/api/v1/shows/" + newId(), PRODUCER);
        Response patch = api.patch("/api/v1/shows/" + newId(), PRODUCER, Map.of("title", "x"));

        assertThat(get.status()).isEqualTo(404);
        assertThat(get.error()).isEqualTo("not_found");
        assertThat(patch.status()).isEqualTo(404);
    }

    @Test
    void onlyProducersCreateOrChangeShowsAndEveryoneNeedsAToken() {
        String id = newId();
        api.post("/api/v1/shows", PRODUCER, Map.of("id", id, "title", "t"));

        Response host = api.post("/api/v1/shows", HOST, Map.of("title", "t"));
        assertThat(host.status()).isEqualTo(403);
        assertThat(host.error()).isEqualTo("forbidden");
        assertThat(api.patch("/api/v1/shows/" + id, MANAGER, Map.of("status", "live")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/shows/" + id, HOST).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/shows/" + id, MANAGER).status()).isEqualTo(200);
        Response none = api.get("/api/v1/shows", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.error()).isEqualTo("unauthorized");
        assertThat(api.get("/api/v1/shows", "not-a-token").status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/shows", null, null, Map.of("Authorization", "Basic abc")).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/shows/" + id, PRODUCER).json().get("status").asText()).isEqualTo("draft");
    }
}
