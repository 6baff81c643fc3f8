package io.cuedeck.server.fire;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.server.engine.ContractSupport;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A double click, a retry storm: fifty fires with one Idempotency-Key send the cue once. */
class ConcurrentFireTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);

    @Test
    void fiftyConcurrentFiresWithOneKeyBroadcastExactlyOnceAndAllGetTheSameReceipt() throws Exception {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        HttpClient http = HttpClient.newHttpClient();
        List<TestViewer> viewers = List.of(
                TestViewer.connectNow(http, server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID()),
                TestViewer.connectNow(http, server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(5)).until(() ->
                api.get("/api/v1/shows/" + show + "/live", PRODUCER).json().get("sockets").asLong() == 2);
        String key = UUID.randomUUID().toString();

        List<Response> answers = ContractSupport.concurrently(50, i -> api.fire(show, cue, PRODUCER, key, null));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(202));
        assertThat(answers.stream().map(Response::body).distinct()).hasSize(1);
        assertThat(api.get("/api/v1/shows/" + show + "/fires", PRODUCER).json()).hasSize(1);
        String fireId = answers.get(0).json().get("fireId").asText();
        // the close goes out on the bus after every fire that was published: once a viewer has it,
        // any second cue would already be there
        api.post("/api/v1/shows/" + show + "/fires/" + fireId + "/close", PRODUCER, null);
        for (TestViewer v : viewers) {
            long cues = v.until("closed", Duration.ofSeconds(10)).stream().filter(m -> m.contains("\"type\":\"cue\"")).count();
            assertThat(cues).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/api/v1/shows/" + show + "/fires/" + fireId
                + "/report", PRODUCER).json().get("delivered").asLong() == 2);
    }
}
