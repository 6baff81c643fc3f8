package io.cuedeck.server.fire;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.http.Tokens;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.FaultyHotEngine;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.InstrumentedColdStore;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A fire is either sent or not recorded as sent: a failure between storing a fire and publishing
 * it leaves nothing in the fire list, the reports or the ledger, before or after a restart, and
 * the same key then fires once.
 */
class NoGhostFireTest {

    private final Path dir = TestServer.tempDir();
    private final FaultyHotEngine hot = new FaultyHotEngine();
    private RunningServer server;
    private final Api api = new Api(() -> server.baseUrl());
    private final Fixtures fixtures = new Fixtures(api);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        hot.shutDown();
        TempDirs.delete(dir);
    }

    private void start(Function<ColdStore, ColdStore> wrap) {
        server = CuedeckServer.start(ServerConfig.defaults(dir).withPort(0)
                .withTokens(Tokens.parse("producer:" + PRODUCER)), Clock.systemUTC(), hot,
                wrap.apply(SqliteColdStore.open(dir)));
    }

    private void restart() {
        server.stop();
        start(c -> c);
    }

    private JsonNode fires(String show) {
        return api.get("/api/v1/shows/" + show + "/fires", PRODUCER).json();
    }

    private JsonNode reportedFires(String show) {
        return api.get("/api/v1/shows/" + show + "/report", PRODUCER).json().get("fires");
    }

    private JsonNode openFires(String show) {
        return api.get("/api/v1/shows/" + show + "/live", PRODUCER).json().get("openFires");
    }

    @Test
    void aFireWhosePublishFailsIsNeitherSentNorListedNorReportedNorRestoredAndItsKeyFiresOnceLater() {
        start(c -> c);
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        TestViewer viewer = TestViewer.connectNow(http,
                server.baseUrl().replace("http://", "ws://") + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        hot.failNextPublish();

        Response failed = api.fire(show, cue, PRODUCER, key, null);

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.error()).isEqualTo("unavailable");
        assertThat(fires(show)).isEmpty();
        assertThat(reportedFires(show)).isEmpty();
        assertThat(openFires(show)).isEmpty();

        restart();
        assertThat(fires(show)).isEmpty();
        assertThat(openFires(show)).isEmpty();

        Response retried = api.fire(show, cue, PRODUCER, key, null);
        assertThat(retried.status()).isEqualTo(202);
        String fireId = retried.json().get("fireId").asText();
        assertThat(fires(show)).singleElement().satisfies(f -> assertThat(f.get("fireId").asText()).isEqualTo(fireId));
        assertThat(reportedFires(show)).hasSize(1);
        assertThat(openFires(show)).singleElement()
                .satisfies(f -> assertThat(f.get("fireId").asText()).isEqualTo(fireId));
        // the viewer's socket was closed by the restart; the first cue it ever got is none: it never
        // saw the failed fire (the cue that reaches a new socket is the retried one)
        assertThat(viewer.drain()).noneMatch(m -> m.contains("\"type\":\"cue\""));
        TestViewer again = TestViewer.connectNow(http,
                server.baseUrl().replace("http://", "ws://") + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID());
        assertThat(again.next("cue", Duration.ofSeconds(10)).get("fireId").asText()).isEqualTo(fireId);
    }

    @Test
    void aFireWhoseSentMarkCannotBeStoredStillAnswers202AndIsListedOnceTheStoreTakesIt() {
        InstrumentedColdStore[] cold = new InstrumentedColdStore[1];
        start(c -> {
            cold[0] = new InstrumentedColdStore(c);
            return cold[0].store();
        });
        String show = fixtures.liveShow();
        String cue = fixtures.poll(show);
        cold[0].failOnce("putFire", 1);

        Response r = api.fire(show, cue, PRODUCER, UUID.randomUUID().toString(), null);

        assertThat(r.status()).isEqualTo(202);
        String fireId = r.json().get("fireId").asText();
        assertThat(openFires(show)).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(fires(show)).singleElement()
                .satisfies(f -> assertThat(f.get("fireId").asText()).isEqualTo(fireId)));
        assertThat(reportedFires(show)).hasSize(1);
    }

    @Test
    void aPendingFireLeftByAStoppedNodeIsSettledAtStartByWhatTheLedgerSaw() {
        start(c -> c);
        String show = fixtures.liveShow();
        String template = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        server.stop();
        FireRecord neverPublished;
        FireRecord wentOut;
        FireRecord neverOpened;
        try (ColdStore cold = SqliteColdStore.open(dir)) {
            FireRecord sent = cold.fire(show, template).orElseThrow();
            neverPublished = pending(sent);
            wentOut = pending(sent);
            neverOpened = pending(sent);
            cold.putFire(neverPublished);
            cold.putFire(wentOut);
            cold.putFire(neverOpened);
        }
        hot.fires().open(FireRecords.liveFire(neverPublished.withSentAt(neverPublished.firedAt())));
        hot.fires().open(FireRecords.liveFire(wentOut.withSentAt(wentOut.firedAt())));
        hot.fires().delivered(wentOut.fireId(), 3, 0);

        start(c -> c);

        assertThat(fires(show)).extracting(f -> f.get("fireId").asText())
                .containsExactly(template, wentOut.fireId());
        assertThat(openFires(show)).extracting(f -> f.get("fireId").asText())
                .containsExactlyInAnyOrder(template, wentOut.fireId());
        assertThat(hot.fires().get(neverPublished.fireId())).get().extracting(FireLedger.FireState::open)
                .isEqualTo(false);
        assertThat(hot.fires().get(neverOpened.fireId())).isEmpty();
    }

    private static FireRecord pending(FireRecord like) {
        Instant at = like.firedAt().plusMillis(1);
        String id = UUID.randomUUID().toString();
        FireReceipt receipt = new FireReceipt(id, like.cue().id(), at, at.plusSeconds(60), 0);
        return new FireRecord(like.showId(), id, like.cue(), UUID.randomUUID().toString(), receipt, null, null, null,
                null);
    }
}
