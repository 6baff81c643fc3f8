package io.cuedeck.server.control;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Take-control between two consoles on one show, through the API: only the holder fires, closes and
 * reveals (409 not_in_control for anyone else, API callers included, while a console holds it); a
 * request is accepted, declined or forced after the timeout; a lease whose console went away lapses;
 * every step is audited and told on the console stream.
 */
class ControlApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String A = "console-aaaa-1111";
    private static final String B = "console-bbbb-2222";

    @RegisterExtension
    static final TestServer server = TestServer.perClass(c -> {
        Map<String, String> keys = new HashMap<>(Map.of("CUEDECK_PORT", "0", "CUEDECK_DATA_DIR", c.dataDir().toString(),
                "CUEDECK_CONTROL_LEASE_SECONDS", "4", "CUEDECK_CONTROL_FORCE_SECONDS", "1"));
        return ServerConfig.from(ConfigSource.of(keys)).withTokens(c.tokens());
    });
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);

    private static Api.Response as(String console, String token, String method, String path) {
        return api.send(method, path, token, null, console == null ? Map.of() : Map.of("Cuedeck-Console", console));
    }

    private static Api.Response step(String console, String show, String what) {
        return as(console, HOST, "POST", "/api/v1/shows/" + show + "/control/" + what);
    }

    private static Api.Response fire(String console, String show, String cue, String key) {
        Map<String, String> headers = new HashMap<>(Map.of("Idempotency-Key", key));
        if (console != null) {
            headers.put("Cuedeck-Console", console);
        }
        return api.send("POST", "/api/v1/shows/" + show + "/cues/" + cue + "/fire", PRODUCER, Map.of("refire", true), headers);
    }

    private static JsonNode control(String console, String show) {
        return as(console, MANAGER, "GET", "/api/v1/shows/" + show + "/control").json();
    }

    private static TestViewer stream(String console, String show) {
        return TestViewer.connectNow(HttpClient.newHttpClient(), server.wsBase() + "/api/v1/shows/" + show
                + "/console?token=" + HOST + (console == null ? "" : "&console=" + console));
    }

    private static List<String> audited(String show) {
        List<String> actions = new java.util.ArrayList<>();
        api.get("/api/v1/shows/" + show + "/audit?limit=200", PRODUCER).json().get("entries")
                .forEach(e -> actions.add(0, e.get("action").asText()));
        return actions.stream().filter(a -> a.startsWith("control.")).toList();
    }

    @Test
    void withNobodyInControlAnyoneFiresAndAConsolesFirstTakeGivesItControl() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        assertThat(control(null, show).isEmpty()).as("free: no holder").isTrue();
        assertThat(fire(null, show, cue, UUID.randomUUID().toString()).status()).as("API caller, nobody holds").isEqualTo(202);

        assertThat(fire(A, show, cue, UUID.randomUUID().toString()).status()).isEqualTo(202);

        JsonNode seenByA = control(A, show);
        assertThat(seenByA.get("holder").get("you").asBoolean()).isTrue();
        assertThat(seenByA.get("holder").get("name").asText()).isEqualTo("producer-1");
        assertThat(control(B, show).get("holder").get("you").asBoolean()).isFalse();
        assertThat(control(B, show).toString()).doesNotContain(A);

        Api.Response fromB = fire(B, show, cue, UUID.randomUUID().toString());
        assertThat(fromB.status()).isEqualTo(409);
        assertThat(fromB.error()).isEqualTo("not_in_control");
        assertThat(fromB.json().get("message").asText()).startsWith("producer-1 has control of this show on another console");
        Api.Response fromApi = fire(null, show, cue, UUID.randomUUID().toString());
        assertThat(fromApi.error()).isEqualTo("not_in_control");
        assertThat(fromApi.json().get("message").asText()).contains("only that console can fire, close or reveal now");
        assertThat(audited(show)).containsExactly("control.taken");
    }

    @Test
    void aRequestAcceptedHandsTakeOverAndBothConsolesAreToldOnTheirStream() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        TestViewer streamA = stream(A, show);
        TestViewer streamB = stream(B, show);
        assertThat(streamA.next("control", WAIT).has("holder")).isFalse();
        streamB.next("control", WAIT);
        Api.Response taken = step(A, show, "take");
        assertThat(taken.json().get("holder").get("you").asBoolean()).isTrue();
        assertThat(streamB.next("control", WAIT).get("holder").get("you").asBoolean()).isFalse();
        streamA.next("control", WAIT);

        JsonNode asked = step(B, show, "request").json();
        assertThat(asked.get("requester").get("you").asBoolean()).isTrue();
        JsonNode toldA = streamA.next("control", WAIT);
        assertThat(toldA.get("requester").get("name").asText()).isEqualTo("host-1");
        assertThat(toldA.get("requester").get("you").asBoolean()).isFalse();
        assertThat(toldA.has("forceAt")).isTrue();
        streamB.next("control", WAIT);

        Fixtures.expect(200, step(A, show, "accept"));
        assertThat(streamB.next("control", WAIT).get("holder").get("you").asBoolean()).isTrue();
        assertThat(streamA.next("control", WAIT).get("holder").get("you").asBoolean()).isFalse();
        assertThat(fire(A, show, cue, UUID.randomUUID().toString()).error()).isEqualTo("not_in_control");
        assertThat(fire(B, show, cue, UUID.randomUUID().toString()).status()).isEqualTo(202);
        assertThat(audited(show)).containsExactly("control.taken", "control.requested", "control.handed_over");
        streamA.close();
        streamB.close();
    }

    @Test
    void aDeclinedRequestKeepsControlAndAnUnansweredOneCanBeForcedAfterTheTimeout() {
        String show = fixtures.liveShow();
        TestViewer streamA = stream(A, show);
        step(A, show, "take");
        step(B, show, "request");
        Fixtures.expect(200, step(A, show, "decline"));
        assertThat(control(B, show).has("requester")).isFalse();
        assertThat(step(B, show, "force").json().get("message").asText()).startsWith("Ask host-1 for control first");

        step(B, show, "request");
        await().atMost(WAIT).until(() -> step(B, show, "force").status() == 200);

        assertThat(control(B, show).get("holder").get("you").asBoolean()).isTrue();
        assertThat(audited(show)).containsExactly("control.taken", "control.requested", "control.declined",
                "control.requested", "control.forced");
        assertThat(step(A, show, "accept").error()).isEqualTo("not_in_control");
        Fixtures.expect(200, step(B, show, "release"));
        assertThat(control(A, show).has("holder")).isFalse();
        streamA.close();
    }

    @Test
    void theHoldersStreamKeepsControlAliveAndAConsoleThatWentAwayLosesItAfterTheLease() throws Exception {
        String show = fixtures.liveShow();
        TestViewer streamA = stream(A, show);
        TestViewer watcher = stream(B, show);
        step(A, show, "take");
        Thread.sleep(Duration.ofSeconds(6).toMillis()); // one and a half leases, renewed by A's open stream
        assertThat(control(B, show).get("holder").get("name").asText()).isEqualTo("host-1");

        streamA.close();
        await().atMost(WAIT).until(() -> !control(B, show).has("holder"));
        JsonNode told = watcher.next("control", WAIT);
        while (!told.has("holder")) {
            told = watcher.next("control", WAIT); // the free state on connect, before A took control
        }
        while (told.has("holder")) {
            told = watcher.next("control", WAIT);
        }
        assertThat(audited(show)).containsExactly("control.taken", "control.lapsed");
        watcher.close();
    }

    @Test
    void aRetriedTakeWhoseFireWentOutGetsItsReceiptEvenAfterControlMoved() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        String key = UUID.randomUUID().toString();
        Api.Response first = fire(A, show, cue, key);
        Fixtures.expect(202, first);
        step(B, show, "request");
        step(A, show, "accept");

        Api.Response retry = fire(A, show, cue, key);

        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(fire(A, show, cue, UUID.randomUUID().toString()).error()).isEqualTo("not_in_control");
    }

    @Test
    void onlyAConsoleCanHoldControlAndAManagerMayOnlyLook() {
        String show = fixtures.liveShow();
        Api.Response noConsole = step(null, show, "take");
        assertThat(noConsole.status()).isEqualTo(400);
        assertThat(noConsole.field()).isEqualTo("Cuedeck-Console");
        assertThat(step("bad id!", show, "take").field()).isEqualTo("Cuedeck-Console");
        assertThat(as(A, MANAGER, "POST", "/api/v1/shows/" + show + "/control/take").status()).isEqualTo(403);
        assertThat(step(A, "no-such-show", "take").status()).isEqualTo(404);
    }
}
