package io.cuedeck.server.audience;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.http.Tokens;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.FaultyHotEngine;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The edge reads viewer sockets on the selector thread (issue 10): what waits on the hot engine,
 * an answer, is handled on a pool thread, so a stalled engine call holds up only the viewer who
 * made it. Were the answer handled on the selector, the other viewer's ack would not even be read,
 * nor the producer's request for the report (one selector serves them all on a 2-core machine).
 */
class SelectorReadTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private final Path dir = TestServer.tempDir();
    private final FaultyHotEngine hot = new FaultyHotEngine();
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningServer server;
    private final Api api = new Api(() -> server.baseUrl());

    @AfterEach
    void stop() {
        hot.releaseAnswerClaims();
        if (server != null) {
            server.stop();
        }
        hot.shutDown();
        TempDirs.delete(dir);
    }

    private TestViewer viewer(String show) {
        return TestViewer.connectNow(http, server.baseUrl().replace("http://", "ws://") + "/v1/shows/" + show
                + "/live?viewerId=" + UUID.randomUUID());
    }

    @Test
    void anAnswerWaitingOnAStalledHotEngineHoldsUpNeitherAnotherViewersAckNorTheProducersReport() {
        server = CuedeckServer.start(ServerConfig.defaults(dir).withPort(0).withTokens(Tokens.parse("producer:" + PRODUCER)),
                Clock.systemUTC(), hot, SqliteColdStore.open(dir));
        Fixtures fixtures = new Fixtures(api);
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        TestViewer answering = viewer(show);
        TestViewer acking = viewer(show);
        String fire = api.fire(show, cue).get("fireId").asText();
        answering.next("cue", WAIT);
        acking.next("cue", WAIT);

        hot.stallAnswerClaims();
        answering.sendNow(TestViewer.write(new AnswerMessage(fire, 0, null)));
        await().atMost(WAIT).until(() -> hot.stalledClaims() == 1);
        acking.sendNow(TestViewer.write(new AckMessage(fire)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(api.get("/api/v1/shows/" + show + "/fires/" + fire
                + "/report", PRODUCER).json().get("acks").asLong()).isEqualTo(1));
        assertThat(answering.drain()).as("the stalled answer is not ruled on yet").noneMatch(m -> m.contains("accepted"));

        hot.releaseAnswerClaims();
        assertThat(answering.next("accepted", WAIT).get("fireId").asText()).isEqualTo(fire);
    }
}
