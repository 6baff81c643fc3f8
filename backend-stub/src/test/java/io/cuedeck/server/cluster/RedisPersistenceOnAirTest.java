package io.cuedeck.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import io.cuedeck.server.testsupport.LocalRedis;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The durability statement of docs/operations.md, on air: accepted answers never depend on Redis
 * (they are in DynamoDB before "accepted"); what Redis persistence decides is whether the live
 * counters of an open fire survive a Redis crash. With AOF on every write they do, without
 * persistence they restart from zero while answers, tallies and who answered come back from
 * DynamoDB.
 */
class RedisPersistenceOnAirTest extends SharedServices {

    @Test
    void with_aof_a_redis_crash_mid_fire_keeps_answers_and_live_counts() {
        try (LocalRedis aof = LocalRedis.start(LocalRedis.Persistence.AOF_ALWAYS)) {
            FireReport after = crashMidFire(aof);
            assertThat(after.answers()).isEqualTo(2);
            assertThat(after.acks()).as("acks survive with AOF").isEqualTo(4);
            assertThat(after.delivered()).isEqualTo(4);
        }
    }

    @Test
    void without_persistence_a_redis_crash_mid_fire_keeps_answers_and_restarts_live_counts() {
        try (LocalRedis plain = LocalRedis.start(LocalRedis.Persistence.NONE)) {
            FireReport after = crashMidFire(plain);
            assertThat(after.answers()).isEqualTo(2);
            assertThat(after.distribution()).containsExactly(1L, 1L);
            assertThat(after.acks()).as("acks lived only in Redis").isZero();
        }
    }

    /** A fire with 4 viewers who ack and 2 who answer; Redis is SIGKILLed and restarted; the report after. */
    private static FireReport crashMidFire(LocalRedis own) {
        try (Cluster cluster = new Cluster(own, dynamo)) {
            Api api = cluster.inProcess("p1").api();
            ShowOnAir show = ShowOnAir.start(api, 120);
            List<Socket<ToViewer>> viewers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                viewers.add(show.viewer(api, UUID.randomUUID().toString()));
            }
            FireReceipt fire = show.fired(api, "take-1");
            viewers.forEach(v -> await().atMost(WAIT).until(() -> ThreeNodesTest.cues(v, fire.fireId()) == 1));
            viewers.forEach(v -> v.send(new AckMessage(fire.fireId())));
            for (int i = 0; i < 2; i++) {
                Socket<ToViewer> viewer = viewers.get(i);
                viewer.send(new AnswerMessage(fire.fireId(), i, null));
                await().atMost(WAIT).until(() -> !viewer.all(AcceptedMessage.class).isEmpty());
            }
            await().atMost(WAIT).until(() -> show.report(api, fire.fireId()).acks() == 4
                    && show.report(api, fire.fireId()).delivered() == 4);

            own.kill();
            own.restart();

            Socket<ToViewer> first = viewers.get(0);
            await().atMost(WAIT).untilAsserted(() -> {
                first.send(new AnswerMessage(fire.fireId(), 1, null));
                assertThat(first.all(RefusedMessage.class)).as("who answered is known again")
                        .anyMatch(r -> r.reason().equals(RefusedMessage.DUPLICATE));
            });
            FireReport report = show.report(api, fire.fireId());
            viewers.forEach(Socket::close);
            return report;
        }
    }
}
