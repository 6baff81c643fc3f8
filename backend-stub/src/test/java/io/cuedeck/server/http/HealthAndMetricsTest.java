package io.cuedeck.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HealthAndMetricsTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(c -> c.withNodeId("node-7"));
    private static final Api api = server.api();

    @Test
    void healthNeedsNoTokenAndNamesTheEnginesVersionAndNode() {
        JsonNode health = api.get("/health", null).json();

        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("hot").asText()).isEqualTo("memory");
        assertThat(health.get("cold").asText()).isEqualTo("sqlite");
        assertThat(health.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(health.get("node").asText()).isEqualTo("node-7");
        assertThat(server.server().nodeId()).isEqualTo("node-7");
    }

    @Test
    void metricsArePrometheusTextWithTheServersOwnMeters() {
        Fixtures fixtures = new Fixtures(api);
        String show = fixtures.liveShow();
        api.post("/v1/shows/" + show + "/heartbeat", null, Map.of("viewerId", UUID.randomUUID().toString()));
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        api.post("/v1/shows/" + show + "/fires/" + fire + "/answer", null,
                Map.of("viewerId", UUID.randomUUID().toString(), "choice", 0));

        Response metrics = api.get("/metrics", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.headers().get("content-type").get(0)).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/v1/shows/{showId}/cues/{cueId}/fire\",status=\"202\"}")
                // the heartbeat is answered by the edge itself (FastRoute), and timed like every route
                .contains("http_server_requests_seconds_count{method=\"POST\",route=\"/v1/shows/{showId}/heartbeat\",status=\"204\"}")
                .contains("cuedeck_heartbeats_total{result=\"accepted\"} 1.0")
                .contains("cuedeck_fires_total 1.0")
                .contains("cuedeck_answers_total{result=\"accepted\"} 1.0")
                .contains("cuedeck_journal_batch_size_count")
                .contains("cuedeck_journal_commit_seconds_count")
                .contains("cuedeck_viewer_sockets")
                .contains("cuedeck_console_sockets");
    }

    @Test
    void unknownRoutesAndWrongMethodsAnswerJson() {
        Response missing = api.get("/api/v1/nothing", TestServer.PRODUCER);
        Response method = api.send("PUT", "/health", null, "{}", Map.of());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.error()).isEqualTo("not_found");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.error()).isEqualTo("method_not_allowed");
    }
}
