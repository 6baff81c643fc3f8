package io.cuedeck.server.security;

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

/**
 * A viewer cannot act for another viewer's answers. A socket's answers are its own viewer's: a
 * frame cannot name another viewer (the field is refused), and an answer already given cannot be
 * replaced by anyone, over a socket or over HTTP with the other viewer's id. Viewer ids are
 * random UUIDs the viewer's app makes, so another viewer's id cannot be guessed; a non-UUID is
 * refused ({@code ViewerAnswerApiTest.unknownFiresShowsAndViewerIdsAreRefused}); one answer per
 * viewer cluster-wide is {@code OneAnswerPerViewerTest}.
 */
class ViewerIsolationTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static TestViewer viewer(String show, String viewerId) {
        return TestViewer.connectNow(HttpClient.newHttpClient(),
                server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + viewerId);
    }

    @Test
    void noViewerCanNameAnotherInAFrameOrReplaceTheirAnswer() {
        Api api = server.api();
        Fixtures fixtures = new Fixtures(api);
        String show = fixtures.liveShow();
        String alice = UUID.randomUUID().toString();
        String mallory = UUID.randomUUID().toString();
        TestViewer aliceSocket = viewer(show, alice);
        TestViewer mallorySocket = viewer(show, mallory);
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        aliceSocket.next("cue", WAIT);
        mallorySocket.next("cue", WAIT);

        aliceSocket.sendNow("{\"type\":\"answer\",\"fireId\":\"" + fire + "\",\"choice\":0}");
        assertThat(aliceSocket.next("accepted", WAIT).get("fireId").asText()).isEqualTo(fire);

        // Mallory's frame naming Alice is refused as a whole: a frame has no viewerId
        mallorySocket.sendNow("{\"type\":\"answer\",\"fireId\":\"" + fire + "\",\"choice\":1,\"viewerId\":\"" + alice + "\"}");
        assertThat(mallorySocket.next("refused", WAIT).get("reason").asText()).isEqualTo("invalid");
        // over HTTP with Alice's id (were it known): Alice's answer stands
        Api.Response replace = api.post("/v1/shows/" + show + "/fires/" + fire + "/answer", null,
                Map.of("viewerId", alice, "choice", 1));
        assertThat(replace.status()).isEqualTo(409);
        assertThat(replace.error()).isEqualTo("duplicate");
        // Mallory's own answer is Mallory's, and does not touch Alice's
        mallorySocket.sendNow("{\"type\":\"answer\",\"fireId\":\"" + fire + "\",\"choice\":2}");
        mallorySocket.next("accepted", WAIT);

        api.post("/api/v1/shows/" + show + "/fires/" + fire + "/close", TestServer.PRODUCER, null);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode report = api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", TestServer.PRODUCER).json();
            assertThat(report.get("answers").asLong()).isEqualTo(2);
            assertThat(report.get("distribution").toString()).isEqualTo("[1,0,1]");
        });
        aliceSocket.close();
        mallorySocket.close();
    }
}
