package io.cuedeck.server.engine.hot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.CueKind;
import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.hot.FireLedger.LiveFire;
import io.cuedeck.server.testsupport.LocalRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the engine does when its Redis dies and comes back, with and without persistence. */
class RedisOutageTest {

    private static RedisHotEngine connect(LocalRedis redis) {
        return RedisHotEngine.connect(new RedisConfig(redis.url(), false, "outage:", Duration.ofSeconds(1)));
    }

    private static LiveFire fire() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return new LiveFire("show-1", "fire-" + System.nanoTime(), "cue-1", CueKind.POLL, 2, null, now,
                now.plusSeconds(30), 10);
    }

    @Test
    void while_redis_is_down_calls_fail_fast_naming_redis_and_it_recovers_by_itself() {
        try (LocalRedis redis = LocalRedis.start(); RedisHotEngine engine = connect(redis)) {
            List<String> received = new CopyOnWriteArrayList<>();
            engine.bus().subscribe(received::add);
            assertThat(engine.isUp()).isTrue();

            redis.kill();

            long started = System.nanoTime();
            assertThatThrownBy(() -> engine.presence().count("show-1", Instant.now()))
                    .isInstanceOf(EngineUnavailableException.class)
                    .hasMessageContaining("Redis at redis://127.0.0.1:" + redis.port() + " is unavailable");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            await().atMost(Duration.ofSeconds(5)).until(() -> !engine.isUp());

            redis.restart();

            await().atMost(Duration.ofSeconds(10)).until(engine::isUp);
            assertThat(engine.presence().count("show-1", Instant.now())).isZero();
            assertThat(engine.lostState()).as("an empty Redis is noticed").isTrue();
            assertThat(engine.lostState()).as("and reported once").isFalse();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                engine.bus().publish("after");
                assertThat(received).contains("after");
            });
        }
    }

    @Test
    void with_aof_on_every_write_a_killed_redis_comes_back_with_its_fires() {
        try (LocalRedis redis = LocalRedis.start(LocalRedis.Persistence.AOF_ALWAYS); RedisHotEngine engine = connect(redis)) {
            LiveFire fire = fire();
            engine.fires().open(fire);
            assertThat(engine.fires().claimAnswer(fire.fireId(), "v1", Duration.ofSeconds(30))).isTrue();
            engine.fires().confirmAnswer(fire.fireId(), "v1", 1);

            redis.kill();
            redis.restart();

            await().atMost(Duration.ofSeconds(10)).until(engine::isUp);
            assertThat(engine.lostState()).isFalse();
            assertThat(engine.fires().openFires("show-1")).containsExactly(fire);
            assertThat(engine.fires().claimAnswer(fire.fireId(), "v1", Duration.ofSeconds(30))).isFalse();
            assertThat(engine.fires().stats(fire.fireId()).orElseThrow().counts()).containsExactly(0, 1);
        }
    }

    @Test
    void a_redis_that_cannot_be_reached_at_start_stops_the_start_with_a_clear_message() {
        int port;
        try (LocalRedis redis = LocalRedis.start()) {
            port = redis.port();
        }
        assertThatThrownBy(() -> RedisHotEngine.connect(new RedisConfig("redis://:secret@127.0.0.1:" + port, false,
                "x:", Duration.ofMillis(500))))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("Redis at redis://***@127.0.0.1:" + port + " is not reachable")
                .hasMessageNotContaining("secret");
    }
}
