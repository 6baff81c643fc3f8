package io.cuedeck.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.protocol.capacity.CapacityState;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on Redis and DynamoDB with the default scheduler lease (15 s, a look every 5 s): one
 * node runs the scheduler; when it is killed with SIGKILL the other takes over within 30 s and the
 * boosts go on, and no boost is ever scheduled by both.
 */
class CapacityTakeoverTest extends SharedServices {

    @Test
    void whenTheSchedulersNodeIsKilledTheOtherNodeTakesOverWithin30SecondsAndBoostsGoOn() {
        try (Cluster cluster = new Cluster(redis, dynamo).with(Map.of("CUEDECK_SIM_PROVISION_SECONDS", "2"))) {
            Cluster.ChildNode doomed = cluster.child("doomed");
            await().atMost(WAIT).until(() -> "doomed".equals(state(doomed).leader()));
            Cluster.Node survivor = cluster.inProcess("alive");
            assertThat(state(survivor).leader()).as("the survivor shows the leader's state").isEqualTo("doomed");

            Boost before = now(survivor, 6, "Before the crash");
            await().atMost(WAIT).until(() -> status(survivor, before) == BoostStatus.READY);
            assertThat(state(survivor).desiredUnits()).isEqualTo(6);

            doomed.kill();
            long killed = System.nanoTime();
            Boost after = now(survivor, 9, "During the takeover");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> "alive".equals(state(survivor).leader()));
            long takeover = System.nanoTime() - killed;
            await().atMost(WAIT).until(() -> status(survivor, after) == BoostStatus.READY);

            assertThat(Duration.ofNanos(takeover)).isLessThan(Duration.ofSeconds(30));
            CapacityState state = state(survivor);
            assertThat(state.desiredUnits()).isEqualTo(9);
            assertThat(state.readyUnits()).isGreaterThanOrEqualTo(9);
            assertThat(status(survivor, before)).isEqualTo(BoostStatus.READY);
            System.out.println("capacity scheduler takeover after SIGKILL: " + takeover / 1_000_000 + " ms");
        }
    }

    private static CapacityState state(Cluster.Node node) {
        return node.api().get("/api/v1/capacity").as(CapacityState.class);
    }

    private static Boost now(Cluster.Node node, int units, String reason) {
        return node.api().post("/api/v1/boosts/now", Map.of("targetUnits", units, "reason", reason, "holdMinutes", 30)).as(Boost.class);
    }

    private static BoostStatus status(Cluster.Node node, Boost b) {
        return node.api().get("/api/v1/boosts/" + b.id()).as(Boost.class).status();
    }
}
