package io.cuedeck.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.Json;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.http.HttpClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The viewer socket's message handling, fuzzed on a real socket of a live show with an open
 * poll: fuzzed frames (sometimes built around the open fire's id, so acks and answers reach the
 * fire path) go to one viewer socket. Whatever the frames, the server never closes the socket
 * (they are all under the 16 KiB frame limit), and everything it sends is JSON with a type.
 */
class ViewerSocketFuzzTest {

    private static final List<String> TEMPLATES = List.of("%s", "{\"type\":\"ack\",\"fireId\":\"%s\"}",
            "{\"type\":\"answer\",\"fireId\":\"%s\",\"choice\":%s}", "{\"type\":\"answer\",\"fireId\":\"%s\",\"text\":\"%s\"}",
            "{\"type\":\"%s\"}", "{\"type\":\"heartbeat\"%s}");
    private static TestServer server;
    private static TestViewer viewer;
    private static String fireId;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        Fixtures fixtures = new Fixtures(server.api());
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        fireId = server.api().fire(show, cue).get("fireId").asText();
        viewer = TestViewer.connectNow(HttpClient.newHttpClient(),
                server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID());
    }

    @AfterAll
    static void stop() {
        viewer.close();
        server.close();
    }

    @FuzzTest(maxDuration = "5s")
    void noFrameClosesTheSocketOrGetsAnAnswerThatIsNotJson(FuzzedDataProvider data) throws Exception {
        LoopbackOnly.allow();
        String template = TEMPLATES.get(data.consumeInt(0, TEMPLATES.size() - 1));
        String id = data.consumeBoolean() ? fireId : data.consumeString(40);
        String frame = String.format(template, template.equals("%s") ? data.consumeRemainingAsString() : id,
                data.consumeRemainingAsString());
        if (frame.length() > 4000) {
            frame = frame.substring(0, 4000);
        }
        viewer.sendNow(frame);

        assertThat(viewer.closedSoFar()).as("the server closed the viewer socket").isEmpty();
        for (String message : viewer.drain()) {
            JsonNode json = Json.mapper().readTree(message);
            assertThat(json.path("type").asText()).as(message).isNotBlank();
        }
    }
}
