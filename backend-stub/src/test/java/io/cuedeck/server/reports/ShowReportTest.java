package io.cuedeck.server.reports;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Snapshots every interval (1 s here) and the show report's viewer curve built from them. */
class ShowReportTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(c -> c.withSnapshotInterval(Duration.ofSeconds(1)));
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);

    private static void audience(String show, int viewers) {
        for (int i = 0; i < viewers; i++) {
            api.post("/v1/shows/" + show + "/heartbeat", null, Map.of("viewerId", UUID.randomUUID().toString()));
        }
    }

    private static List<ViewerSnapshot> snapshots(String show) {
        try (ColdStore store = SqliteColdStore.open(server.dataDir())) {
            return store.snapshots(show);
        }
    }

    @Test
    void anEndedShowsReportFindsASnapshotForEverySecondOnAir() {
        String show = fixtures.liveShow();
        audience(show, 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshots(show).stream()
                .mapToInt(s -> s.viewers().length).sum() >= 3);
        api.patch("/api/v1/shows/" + show, PRODUCER, Map.of("status", "ended"));

        JsonNode reconciliation = api.get("/api/v1/shows/" + show + "/report", MANAGER).json().get("reconciliation");

        assertThat(reconciliation.get("snapshots").get("ok").asBoolean())
                .as(reconciliation.toString()).isTrue();
        assertThat(reconciliation.get("gaps")).isEmpty();
    }

    @Test
    void theViewerCurveHasEverySecondOnceAndItsPeak() {
        String show = fixtures.liveShow();
        audience(show, 7);
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshots(show).stream()
                .anyMatch(s -> s.viewers().length > 0 && s.viewers()[s.viewers().length - 1] == 7));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/v1/shows/" + show + "/report", MANAGER).json().get("viewerCurve").size() > 2);

        JsonNode report = api.get("/api/v1/shows/" + show + "/report", MANAGER).json();

        assertThat(report.get("peakViewers").asLong()).isEqualTo(7);
        assertThat(report.get("peakAt").asText()).isNotBlank();
        JsonNode curve = report.get("viewerCurve");
        assertThat(curve.size()).isGreaterThan(2);
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).get(0).asLong()).isEqualTo(curve.get(i - 1).get(0).asLong() + 1);
        }
        assertThat(curve.get(curve.size() - 1).get(1).asLong()).isEqualTo(7);
    }

    @Test
    void snapshotsFollowEachOtherAndTheirNumberDoesNotGrowWithTheAudience() {
        String small = fixtures.liveShow();
        String large = fixtures.liveShow();
        audience(small, 2);
        audience(large, 60);
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshots(large).size() >= 4);

        List<ViewerSnapshot> a = snapshots(small);
        List<ViewerSnapshot> b = snapshots(large);

        assertThat(Math.abs(a.size() - b.size())).isLessThanOrEqualTo(1);
        for (List<ViewerSnapshot> list : List.of(a, b)) {
            for (int i = 1; i < list.size(); i++) {
                ViewerSnapshot previous = list.get(i - 1);
                assertThat(list.get(i).startSecond()).isEqualTo(previous.startSecond() + previous.viewers().length);
            }
        }
    }

    @Test
    void anEndedShowKeepsItsCurveAndGetsNoMoreSnapshots() throws Exception {
        String show = fixtures.liveShow();
        audience(show, 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshots(show).size() >= 2);
        String witness = fixtures.liveShow();
        audience(witness, 1);
        api.patch("/api/v1/shows/" + show, PRODUCER, Map.of("status", "ended"));
        int after = snapshots(show).size(); // the end wrote the last, partial snapshot before answering
        int witnessed = snapshots(witness).size();

        // the snapshot job has run at least three more times: the witness show got three more snapshots
        await().atMost(Duration.ofSeconds(15)).until(() -> snapshots(witness).size() >= witnessed + 3);

        assertThat(snapshots(show)).hasSize(after);
        JsonNode report = api.get("/api/v1/shows/" + show + "/report", PRODUCER).json();
        assertThat(report.get("peakViewers").asLong()).isEqualTo(3);
    }

    @Test
    void aShowReportListsItsFiresAndOnlyProducersAndManagersMaySeeItWhileAHostReadsTheFireReport() {
        String show = fixtures.liveShow();
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();

        JsonNode report = api.get("/api/v1/shows/" + show + "/report", PRODUCER).json();

        assertThat(report.get("fires")).hasSize(1);
        assertThat(report.get("fires").get(0).get("fireId").asText()).isEqualTo(fire);
        assertThat(report.get("fires").get(0).get("prompt").asText()).isEqualTo("Who wins?");
        assertThat(api.get("/api/v1/shows/" + show + "/report", HOST).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", HOST).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/shows/" + show + "/report", null).status()).isEqualTo(401);
    }
}
