package io.cuedeck.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.ApiError;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.EngineStatus;
import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.protocol.viewer.HeartbeatRequest;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import io.cuedeck.server.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Redis (no persistence) stopped in the middle of a show on two nodes, then started again empty:
 * endpoints that need it answer 503 naming Redis, consoles are told, no accepted answer is lost,
 * and everything comes back by itself: open fires and fire keys from DynamoDB, presence from
 * heartbeats, fan-out on the resubscribed bus.
 */
class RedisOutageOnAirTest extends SharedServices {


    @Test
    void redis_stopped_mid_show_answers_503_tells_the_console_loses_nothing_accepted_and_recovers_alone() {
        try (Cluster cluster = new Cluster(redis, dynamo)) {
            List<Cluster.Node> nodes = List.of(cluster.inProcess("r1"), cluster.inProcess("r2"));
            Api studio = nodes.get(0).api();
            ShowOnAir show = ShowOnAir.start(studio, 120);
            Map<String, Socket<ToViewer>> viewers = new LinkedHashMap<>();
            for (int i = 0; i < 6; i++) {
                String id = UUID.randomUUID().toString();
                viewers.put(id, show.viewer(nodes.get(i % 2).api(), id));
            }
            List<String> ids = new ArrayList<>(viewers.keySet());
            Socket<ConsoleEvent> console = show.console(nodes.get(1).api());
            Api.Reply firstTake = show.fire(studio, "take-1");
            FireReceipt fire = firstTake.as(FireReceipt.class);
            viewers.values().forEach(v -> await().atMost(WAIT).until(() -> ThreeNodesTest.cues(v, fire.fireId()) == 1));
            for (String id : ids.subList(0, 4)) {
                viewers.get(id).send(new AnswerMessage(fire.fireId(), 0, null));
                await().atMost(WAIT).until(() -> count(viewers.get(id), AcceptedMessage.class) == 1);
            }

            redis.kill();

            Api.Reply refused = show.fire(studio, "take-2");
            assertThat(refused.status()).isEqualTo(503);
            ApiError error = Json.read(refused.body(), ApiError.class);
            assertThat(error.error()).isEqualTo("unavailable");
            assertThat(error.message()).contains("Redis");
            assertThat(nodes.get(1).api().get("/api/v1/shows/" + show.showId + "/live").status()).isEqualTo(503);
            await().atMost(WAIT).until(() -> console.all(EngineStatus.class).stream().anyMatch(s -> !s.hotUp()));
            assertThat(console.all(EngineStatus.class).stream().filter(s -> !s.hotUp()).findFirst().orElseThrow()
                    .message()).contains("unreachable");
            Socket<ToViewer> late = viewers.get(ids.get(4));
            late.send(new AnswerMessage(fire.fireId(), 1, null));
            await().atMost(WAIT).until(() -> count(late, RefusedMessage.class) == 1);
            assertThat(late.all(RefusedMessage.class).get(0).reason()).isIn(RefusedMessage.UNAVAILABLE,
                    RefusedMessage.UNKNOWN_FIRE);

            redis.restart();

            await().atMost(WAIT).until(() -> console.all(EngineStatus.class).get(console.all(EngineStatus.class).size() - 1)
                    .hotUp());
            await().atMost(WAIT).untilAsserted(() -> {
                late.send(new AnswerMessage(fire.fireId(), 1, null));
                assertThat(count(late, AcceptedMessage.class)).as("the open fire is back").isEqualTo(1);
            });
            Socket<ToViewer> again = viewers.get(ids.get(0));
            again.send(new AnswerMessage(fire.fireId(), 1, null));
            await().atMost(WAIT).until(() -> again.all(RefusedMessage.class).stream()
                    .anyMatch(r -> r.reason().equals(RefusedMessage.DUPLICATE)));
            Api.Reply retried = show.fire(nodes.get(1).api(), "take-1");
            assertThat(retried.status()).isEqualTo(202);
            assertThat(retried.body()).as("the fire's key came back too: a retry does not fire twice")
                    .isEqualTo(firstTake.body());
            for (String id : ids) {
                assertThat(nodes.get(0).api().post("/v1/shows/" + show.showId + "/heartbeat",
                        new HeartbeatRequest(id, "ios", null, "en")).status()).isEqualTo(204);
            }
            await().atMost(WAIT).untilAsserted(() -> assertThat(show.live(nodes.get(1).api()).viewers()).isEqualTo(6));

            show.close(studio, fire.fireId());
            FireReceipt next = show.fired(studio, "take-3");
            viewers.values().forEach(v -> await().atMost(WAIT).until(() -> ThreeNodesTest.cues(v, next.fireId()) == 1));
            FireReport report = show.report(nodes.get(1).api(), fire.fireId());
            assertThat(report.answers()).as("4 before the outage, 1 after").isEqualTo(5);
            assertThat(report.distribution()).containsExactly(4L, 1L);
            viewers.values().forEach(Socket::close);
            console.close();
        }
    }

    private static long count(Socket<ToViewer> viewer, Class<? extends ToViewer> kind) {
        return viewer.received.stream().filter(kind::isInstance).count();
    }
}
