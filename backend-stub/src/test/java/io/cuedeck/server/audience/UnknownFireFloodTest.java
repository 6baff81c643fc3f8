package io.cuedeck.server.audience;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.InstrumentedServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Acks and answers naming fires that do not exist (a buggy or hostile viewer app, one per frame)
 * must not cost a cold-store read each: the store is a real SQLite store whose calls are counted.
 */
class UnknownFireFloodTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    // one viewer sends 100 answers here: above the default per-viewer rate, which would refuse the
    // last ones before any lookup (ClientLimitsTest); the point here is what a lookup costs
    @RegisterExtension
    final InstrumentedServer server = new InstrumentedServer(ConfigSource.of(Map.of(
            "CUEDECK_ANSWERS_PER_VIEWER_PER_MINUTE", "1000")));
    private final Api api = server.api();
    private final Fixtures fixtures = new Fixtures(api);

    @Test
    void aFloodOfAcksAndAnswersNamingUnknownFiresDoesNotReadTheColdStorePerMessage() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        TestViewer viewer = TestViewer.connectNow(HttpClient.newHttpClient(), server.wsBase()
                + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID());
        viewer.next("cue", WAIT);
        long readsBefore = server.cold().calls("fire");

        for (int i = 0; i < 300; i++) {
            viewer.sendNow(TestViewer.write(new AckMessage(UUID.randomUUID().toString())));
            viewer.sendNow(TestViewer.write(new AckMessage("no-such-fire")));
        }
        for (int i = 0; i < 100; i++) {
            viewer.sendNow(TestViewer.write(new AnswerMessage(UUID.randomUUID().toString(), 0, null)));
        }
        for (int i = 0; i < 100; i++) {
            assertThat(viewer.next("refused", WAIT).get("reason").asText()).isEqualTo("unknown_fire");
        }
        for (int i = 0; i < 50; i++) {
            String path = "/v1/shows/" + show + "/fires/" + UUID.randomUUID();
            assertThat(api.post(path + "/ack", null, Map.of("viewerId", UUID.randomUUID().toString())).status())
                    .isEqualTo(404);
            assertThat(api.post(path + "/answer", null, Map.of("viewerId", UUID.randomUUID().toString(), "choice", 0))
                    .status()).isEqualTo(404);
        }

        assertThat(server.cold().calls("fire") - readsBefore).as("cold fire reads for 800 messages naming unknown fires")
                .isZero();
        viewer.sendNow(TestViewer.write(new AckMessage(fire)));
        viewer.sendNow(TestViewer.write(new AnswerMessage(fire, 1, null)));
        assertThat(viewer.next("accepted", WAIT).get("fireId").asText()).isEqualTo(fire);
        assertThat(api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", PRODUCER).json()
                .get("acks").asLong()).isEqualTo(1);
    }
}
