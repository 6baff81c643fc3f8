package io.cuedeck.server.audience;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HeartbeatApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);

    private static Response beat(String show, Map<String, Object> body) {
        return api.post("/v1/shows/" + show + "/heartbeat", null, body);
    }

    private static JsonNode live(String show) {
        return api.get("/api/v1/shows/" + show + "/live", PRODUCER).json();
    }

    @Test
    void heartbeatsMakeViewersPresentByPlatformWithoutAToken() {
        String show = fixtures.liveShow();

        assertThat(beat(show, Map.of("viewerId", UUID.randomUUID().toString(), "platform", "iOS",
                "region", "TW", "lang", "zh-TW")).status()).isEqualTo(204);
        assertThat(beat(show, Map.of("viewerId", UUID.randomUUID().toString(), "platform", "android")).status())
                .isEqualTo(204);
        assertThat(beat(show, Map.of("viewerId", UUID.randomUUID().toString(), "platform", "Smart TV!")).status())
                .isEqualTo(204);
        assertThat(beat(show, Map.of("viewerId", UUID.randomUUID().toString())).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(5)).until(() -> live(show).get("viewers").asLong() == 4);
        JsonNode status = live(show);
        assertThat(status.get("byPlatform").get("ios").asLong()).isEqualTo(1);
        assertThat(status.get("byPlatform").get("android").asLong()).isEqualTo(1);
        assertThat(status.get("byPlatform").get("other").asLong()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> live(show).get("joinsLastMinute").asLong() == 4);
        assertThat(live(show).get("heartbeatsPerSecond").asDouble()).isGreaterThan(0);
    }

    @Test
    void aSecondHeartbeatWithinFiveSecondsIsRefusedWith429() {
        String show = fixtures.liveShow();
        String viewer = UUID.randomUUID().toString();

        assertThat(beat(show, Map.of("viewerId", viewer)).status()).isEqualTo(204);
        Response again = beat(show, Map.of("viewerId", viewer));

        assertThat(again.status()).isEqualTo(429);
        assertThat(again.error()).isEqualTo("rate_limited");
        assertThat(beat(show, Map.of("viewerId", UUID.randomUUID().toString())).status()).isEqualTo(204);
    }

    @Test
    void aViewerIdMustBeAUuid() {
        String show = fixtures.liveShow();

        for (String bad : new String[] {"", "viewer-1", "3f2b8c1e9a4d4e5f8b7a1c2d3e4f5a6b", "3f2b8c1e-9a4d-4e5f-8b7a-1c2d3e4f5a6"}) {
            Response r = beat(show, Map.of("viewerId", bad));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.field()).isEqualTo("viewerId");
        }
        assertThat(beat(show, Map.of()).field()).isEqualTo("viewerId");
        assertThat(beat(show, Map.of("viewerId", UUID.randomUUID().toString(), "lang", "not a tag")).field())
                .isEqualTo("lang");
    }

    @Test
    void anUnknownShowIsNotFoundAndAnEndedShowIsAConflict() {
        String show = fixtures.liveShow();
        api.patch("/api/v1/shows/" + show, PRODUCER, Map.of("status", "ended"));

        Response unknown = beat("no-such-show", Map.of("viewerId", UUID.randomUUID().toString()));
        Response ended = beat(show, Map.of("viewerId", UUID.randomUUID().toString()));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.json().get("message").asText()).contains("ended");
    }

    @Test
    void aDraftShowAlreadyCountsItsAudience() {
        String show = fixtures.draftShow();

        assertThat(beat(show, Map.of("viewerId", UUID.randomUUID().toString())).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(5)).until(() -> live(show).get("viewers").asLong() == 1);
    }
}
