package io.cuedeck.server.console;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConsoleStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);
    private static final HttpClient http = HttpClient.newHttpClient();

    private static String url(String show) {
        return server.wsBase() + "/api/v1/shows/" + show + "/console";
    }

    private static int refusedStatus(String url, String bearer) {
        WebSocket.Builder builder = http.newWebSocketBuilder();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        try {
            builder.buildAsync(URI.create(url), new WebSocket.Listener() { }).orTimeout(5, TimeUnit.SECONDS).join();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                return h.getResponse().statusCode();
            }
            throw e;
        }
    }

    @Test
    void theStreamNeedsAValidTokenAndAKnownShow() {
        String show = fixtures.liveShow();

        assertThat(refusedStatus(url(show), null)).isEqualTo(401);
        assertThat(refusedStatus(url(show), "wrong")).isEqualTo(401);
        assertThat(refusedStatus(url(show) + "?token=wrong", null)).isEqualTo(401);
        assertThat(refusedStatus(url("no-such-show"), PRODUCER)).isEqualTo(404);
        assertThat(refusedStatus(url(show), MANAGER)).isEqualTo(101);
    }

    @Test
    void aConsoleGetsTheEnginesThenATickEverySecond() {
        String show = fixtures.liveShow();
        api.post("/v1/shows/" + show + "/heartbeat", null, java.util.Map.of("viewerId", UUID.randomUUID().toString()));

        TestViewer console = TestViewer.connectNow(http, url(show) + "?token=" + HOST);

        JsonNode engines = console.next("engines", WAIT);
        assertThat(engines.get("hot").asText()).isEqualTo("memory");
        assertThat(engines.get("hotUp").asBoolean()).isTrue();
        assertThat(engines.get("cold").asText()).isEqualTo("sqlite");
        JsonNode first = console.next("tick", WAIT);
        JsonNode second = console.next("tick", WAIT);
        long step = second.get("t").asLong() - first.get("t").asLong();
        assertThat(step).as("whole seconds, each once").isPositive().isEqualTo(step / 1_000 * 1_000);
        assertThat(second.get("viewers").asLong()).isEqualTo(1);
    }

    @Test
    void aConsoleFollowsAFireFromStartToResults() {
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        TestViewer console = TestViewer.connectNow(http, url(show) + "?token=" + PRODUCER);
        console.next("engines", WAIT);
        TestViewer viewer = TestViewer.connectNow(http, server.wsBase() + "/v1/shows/" + show
                + "/live?lang=en&viewerId=" + UUID.randomUUID());
        org.awaitility.Awaitility.await().atMost(WAIT).until(() ->
                api.get("/api/v1/shows/" + show + "/live", PRODUCER).json().get("sockets").asLong() == 1);

        String fire = api.fire(show, cue).get("fireId").asText();

        JsonNode started = console.next("fire", WAIT);
        assertThat(started.get("fireId").asText()).isEqualTo(fire);
        assertThat(started.get("targeted").asLong()).isEqualTo(1);
        viewer.next("cue", WAIT);
        viewer.sendNow(TestViewer.write(new AnswerMessage(fire, 0, null)));
        viewer.next("accepted", WAIT);
        // tally first: it is sent only when it changes, while delivery comes every second, so
        // waiting for delivery first could skip past the one tally that matters
        JsonNode tally = console.next("tally", WAIT);
        while (tally.get("answers").asLong() < 1) {
            tally = console.next("tally", WAIT);
        }
        assertThat(tally.get("counts").toString()).isEqualTo("[1,0,0]");
        JsonNode delivery = console.next("delivery", WAIT);
        while (delivery.get("delivered").asLong() < 1) {
            delivery = console.next("delivery", WAIT);
        }
        assertThat(delivery.get("failed").asLong()).isZero();
        api.post("/api/v1/shows/" + show + "/fires/" + fire + "/reveal", HOST, null);
        assertThat(console.next("closed", WAIT).get("fireId").asText()).isEqualTo(fire);
        assertThat(console.next("revealed", WAIT).get("counts").toString()).isEqualTo("[1,0,0]");
    }

    @Test
    void aConsoleThatConnectsDuringAFireLearnsOfIt() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();

        TestViewer console = TestViewer.connectNow(http, url(show) + "?token=" + MANAGER);

        assertThat(console.next("fire", WAIT).get("fireId").asText()).isEqualTo(fire);
    }

    @Test
    void theBearerHeaderWorksAsWellAsTheQueryToken() {
        String show = fixtures.liveShow();

        assertThatThrownBy(() -> http.newWebSocketBuilder().buildAsync(URI.create(url(show)),
                new WebSocket.Listener() { }).join()).hasCauseInstanceOf(WebSocketHandshakeException.class);
        WebSocket ok = http.newWebSocketBuilder().header("Authorization", "Bearer " + HOST)
                .buildAsync(URI.create(url(show)), new WebSocket.Listener() { }).join();
        assertThat(ok.isInputClosed()).isFalse();
        ok.abort();
    }
}
