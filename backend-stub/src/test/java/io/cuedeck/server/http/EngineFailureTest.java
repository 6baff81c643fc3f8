package io.cuedeck.server.http;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.InstrumentedColdStore;
import io.cuedeck.server.testing.InstrumentedServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When the cold store cannot be written: 503 in words, nothing half-done, and all works again after. */
class EngineFailureTest {

    @RegisterExtension
    final InstrumentedServer server = new InstrumentedServer();
    private final InstrumentedColdStore cold = server.cold();
    private final Api api = server.api();
    private final Fixtures fixtures = new Fixtures(api);

    @Test
    void aFireWhileTheStoreIsDownAnswers503AndTheSameKeyFiresOnceItIsBack() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        String key = UUID.randomUUID().toString();
        cold.down(true);

        Response refused = api.fire(show, cue, PRODUCER, key, null);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.error()).isEqualTo("unavailable");
        assertThat(refused.json().get("message").asText()).contains("try again");
        cold.down(false);
        assertThat(api.fire(show, cue, PRODUCER, key, null).status()).isEqualTo(202);
        assertThat(api.get("/api/v1/shows/" + show + "/fires", PRODUCER).json()).hasSize(1);
    }

    @Test
    void anAnswerThatCannotBeStoredIsRefusedAndTheViewerMayAnswerAgain() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        String viewer = UUID.randomUUID().toString();
        String path = "/v1/shows/" + show + "/fires/" + fire + "/answer";
        cold.down(true);

        Response refused = api.post(path, null, Map.of("viewerId", viewer, "choice", 1));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.error()).isEqualTo("unavailable");
        cold.down(false);
        assertThat(api.post(path, null, Map.of("viewerId", viewer, "choice", 1)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", PRODUCER).json()
                .get("answers").asLong()).isEqualTo(1);
    }

    @Test
    void healthAndConsolesSayWhichEngineIsDown() {
        String show = fixtures.liveShow();
        TestViewer console = TestViewer.connectNow(HttpClient.newHttpClient(),
                server.wsBase() + "/api/v1/shows/" + show + "/console?token=" + PRODUCER);
        assertThat(console.next("engines", Duration.ofSeconds(5)).get("coldUp").asBoolean()).isTrue();

        cold.down(true);

        JsonNode health = api.get("/health", null).json();
        assertThat(health.get("status").asText()).isEqualTo("degraded");
        assertThat(health.get("cold").asText()).isEqualTo("sqlite (down)");
        JsonNode status = console.next("engines", Duration.ofSeconds(5));
        assertThat(status.get("coldUp").asBoolean()).isFalse();
        assertThat(status.get("message").asText()).contains("answers are refused");
        Response edit = api.post("/api/v1/shows/" + show + "/cues", PRODUCER,
                Map.of("kind", "question", "prompt", Map.of("en", "q")));
        assertThat(edit.status()).isEqualTo(503);
        cold.down(false);
        assertThat(api.get("/health", null).json().get("status").asText()).isEqualTo("ok");
        assertThat(api.get("/api/v1/shows/" + show + "/cues", PRODUCER).json()).isEmpty();
    }
}
