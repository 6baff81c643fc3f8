package io.cuedeck.server.audience;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Presence with a 2-second TTL: a heartbeat's presence ends, an open socket's does not. */
class PresenceTtlTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(c -> c.withPresenceTtl(Duration.ofSeconds(2)));
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);

    private static JsonNode live(String show) {
        return api.get("/api/v1/shows/" + show + "/live", PRODUCER).json();
    }

    @Test
    void aViewerWithoutHeartbeatsLeavesAfterTheTtlAndIsCountedAsALeave() {
        String show = fixtures.liveShow();
        api.post("/v1/shows/" + show + "/heartbeat", null, Map.of("viewerId", UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(3)).until(() -> live(show).get("viewers").asLong() == 1);

        await().atMost(Duration.ofSeconds(6)).until(() -> live(show).get("viewers").asLong() == 0);
        await().atMost(Duration.ofSeconds(3)).until(() -> live(show).get("leavesLastMinute").asLong() == 1);
        assertThat(live(show).get("joinsLastMinute").asLong()).isEqualTo(1);
    }

    @Test
    void anOpenSocketKeepsItsViewerPresentLongAfterTheTtl() throws Exception {
        String show = fixtures.liveShow();
        TestViewer viewer = TestViewer.connectNow(HttpClient.newHttpClient(),
                server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(3)).until(() -> live(show).get("viewers").asLong() == 1);
        // a witness who heartbeats once, now: once its presence has ended (a TTL and more has passed),
        // the socket's viewer must still be there
        api.post("/v1/shows/" + show + "/heartbeat", null, Map.of("viewerId", UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(3)).until(() -> live(show).get("viewers").asLong() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> live(show).get("leavesLastMinute").asLong() == 1
                && live(show).get("viewers").asLong() == 1); // the ticker may count the leave a beat before the gauge

        assertThat(live(show).get("viewers").asLong()).isEqualTo(1);
        assertThat(live(show).get("leavesLastMinute").asLong()).as("only the witness left").isEqualTo(1);
        viewer.close();
        await().atMost(Duration.ofSeconds(6)).until(() -> live(show).get("viewers").asLong() == 0);
    }
}
