package io.cuedeck.server.audit;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.ChildServer;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/v1/shows/{showId}/audit}: every producer action, who, role, when, from where, with which key. */
class AuditApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);

    private static List<JsonNode> trail(String show) {
        Api.Response r = api.get("/api/v1/shows/" + show + "/audit?limit=200", MANAGER);
        Fixtures.expect(200, r);
        List<JsonNode> entries = new ArrayList<>();
        r.json().get("entries").forEach(entries::add);
        return entries;
    }

    private static List<String> actions(String show) {
        return trail(show).stream().map(e -> e.get("action").asText()).toList();
    }

    @Test
    void everyProducerActionIsInTheTrailNewestFirstWithWhoRoleAddressAndKey() {
        Instant start = Instant.now().minusMillis(5);
        String show = fixtures.draftShow();
        String first = fixtures.poll(show);
        String second = fixtures.question(show);
        Fixtures.expect(200, api.put("/api/v1/shows/" + show + "/cues/" + first, PRODUCER, Map.of("kind", "poll",
                "prompt", Map.of("en", "Who wins tonight?"), "options", List.of(Map.of("en", "Red"), Map.of("en", "Blue")))));
        Fixtures.expect(200, api.put("/api/v1/shows/" + show + "/rundown", PRODUCER, Map.of("order", List.of(second, first))));
        Fixtures.expect(204, api.delete("/api/v1/shows/" + show + "/cues/" + second, PRODUCER));
        Fixtures.expect(200, api.patch("/api/v1/shows/" + show, PRODUCER, Map.of("status", "live")));
        String key = "take-" + UUID.randomUUID();
        Api.Response fired = api.fire(show, first, HOST, key, null);
        Fixtures.expect(202, fired);
        Fixtures.expect(202, api.fire(show, first, HOST, key, null));
        String fire = fired.json().get("fireId").asText();
        Fixtures.expect(200, api.post("/api/v1/shows/" + show + "/fires/" + fire + "/close", HOST, null));
        Fixtures.expect(200, api.post("/api/v1/shows/" + show + "/fires/" + fire + "/close", HOST, null));
        Fixtures.expect(200, api.post("/api/v1/shows/" + show + "/fires/" + fire + "/reveal", PRODUCER, null));
        Fixtures.expect(200, api.patch("/api/v1/shows/" + show, PRODUCER, Map.of("status", "ended")));

        assertThat(actions(show)).containsExactly("show.ended", "fire.revealed", "fire.closed", "cue.fired", "show.live",
                "cue.deleted", "rundown.reordered", "cue.edited", "cue.created", "cue.created", "show.created");
        JsonNode fireEntry = trail(show).get(3);
        assertThat(fireEntry.get("actor").asText()).isEqualTo("host-1");
        assertThat(fireEntry.get("role").asText()).isEqualTo("host");
        assertThat(fireEntry.get("address").asText()).isEqualTo("127.0.0.1");
        assertThat(fireEntry.get("idempotencyKey").asText()).isEqualTo(key);
        assertThat(fireEntry.get("target").asText()).isEqualTo(first);
        assertThat(fireEntry.get("detail").asText()).contains(fire);
        assertThat(Instant.parse(fireEntry.get("at").asText())).isBetween(start, Instant.now());
        JsonNode created = trail(show).get(10);
        assertThat(created.get("actor").asText()).isEqualTo("producer-1");
        assertThat(created.get("detail").asText()).isEqualTo("Rehearsal");
        assertThat(created.has("idempotencyKey")).isFalse();
        assertThat(trail(show).get(6).get("detail").asText()).isEqualTo("2 cues in a new order");
        assertThat(trail(show).get(5).get("detail").asText()).isEqualTo("question: Your question for the guest?");
    }

    @Test
    void theTrailIsReadInPagesNewestFirstByProducersAndManagersOnly() {
        String show = fixtures.draftShow();
        for (int i = 0; i < 4; i++) {
            fixtures.question(show);
        }
        Api.Response page1 = api.get("/api/v1/shows/" + show + "/audit?limit=2", PRODUCER);
        Fixtures.expect(200, page1);
        assertThat(page1.json().get("entries")).hasSize(2);
        String next = page1.json().get("next").asText();
        Api.Response page2 = api.get("/api/v1/shows/" + show + "/audit?limit=2&before=" + next, MANAGER);
        Api.Response page3 = api.get("/api/v1/shows/" + show + "/audit?limit=2&before="
                + page2.json().get("next").asText(), MANAGER);
        assertThat(page3.json().get("entries")).hasSize(1);
        assertThat(page3.json().has("next")).isFalse();
        assertThat(page3.json().get("entries").get(0).get("action").asText()).isEqualTo("show.created");

        assertThat(api.get("/api/v1/shows/" + show + "/audit", HOST).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/shows/" + show + "/audit", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/shows/no-such-show/audit", MANAGER).status()).isEqualTo(404);
        Api.Response badCursor = api.get("/api/v1/shows/" + show + "/audit?before=yesterday", MANAGER);
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.field()).isEqualTo("before");
        assertThat(api.get("/api/v1/shows/" + show + "/audit?limit=0", MANAGER).field()).isEqualTo("limit");
    }

    @Test
    void aRefusedActionLeavesNoEntryAndAWindowThatClosedByItselfIsNoHostsClose() {
        String show = fixtures.liveShow();
        String cue = fixtures.cue(show, Map.of("kind", "announcement", "prompt", Map.of("en", "Back after the break"),
                "answerSeconds", 5));
        assertThat(api.post("/api/v1/shows/" + show + "/cues", HOST, Map.of("kind", "question")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/shows/" + show + "/cues", PRODUCER, Map.of("kind", "question")).status()).isEqualTo(400);
        String fire = api.fire(show, cue).get("fireId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/v1/shows/" + show + "/fires", PRODUCER).json().get(0).has("closedAt"));

        Fixtures.expect(200, api.post("/api/v1/shows/" + show + "/fires/" + fire + "/close", HOST, null));

        assertThat(actions(show)).containsExactly("cue.fired", "cue.created", "show.live", "show.created");
    }

    @Test
    void anActionThatWasAnsweredIsInTheTrailEvenIfTheServerIsKilledRightAfter() throws Exception {
        Path data = TestServer.tempDir();
        Map<String, String> env = Map.of("CUEDECK_DATA_DIR", data.toString(), "CUEDECK_TOKENS", "producer:" + PRODUCER);
        String show;
        try (ChildServer child = ChildServer.start(env)) {
            Api.Response created = child.api().post("/api/v1/shows", PRODUCER, Map.of("title", "Killed"));
            Fixtures.expect(201, created);
            show = created.json().get("id").asText();
            child.kill();
        }
        try (ChildServer again = ChildServer.start(env)) {
            JsonNode entries = again.api().get("/api/v1/shows/" + show + "/audit", PRODUCER).json().get("entries");
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).get("action").asText()).isEqualTo("show.created");
            assertThat(entries.get(0).get("actor").asText()).isEqualTo("producer-1");
        } finally {
            TempDirs.delete(data);
        }
    }
}
