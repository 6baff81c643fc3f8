package io.cuedeck.server.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.redis.RedisConfig;
import io.cuedeck.server.engine.hot.redis.RedisHotEngine;
import io.cuedeck.server.fire.FireCatalog;
import io.cuedeck.server.fire.FireRecords;
import io.cuedeck.server.testing.ManualClock;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testsupport.LocalRedis;
import io.cuedeck.server.testsupport.Resp;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A viewer's answer whose claim timed out on a slow Redis (the claim still ran in Redis, after the
 * server had given up on it) is taken when the viewer sends it again, as {@code unavailable} asks:
 * the retry must not hear {@code duplicate}, which a viewer app takes for "stored", while nothing
 * was stored. Redis is made slow for real: {@code CLIENT PAUSE ... WRITE} holds every script and
 * write (reads go on) for longer than the command timeout, then runs them in order.
 */
class AnswerAfterRedisTimeoutTest {

    private static final String VIEWER = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private static final String OTHER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private final Path dir = TestServer.tempDir();
    private final ManualClock clock = new ManualClock(Instant.now());
    private final LocalRedis redis = LocalRedis.start();
    private final RedisHotEngine hot = RedisHotEngine.connect(new RedisConfig(redis.url(), false, "slow:",
            Duration.ofSeconds(1)));
    private final SqliteColdStore cold = SqliteColdStore.open(dir);
    private final AnswerJournal journal = new AnswerJournal(cold, Runnable::run, new SimpleMeterRegistry());

    @AfterEach
    void close() {
        journal.close();
        hot.close();
        redis.close();
        cold.close();
        TempDirs.delete(dir);
    }

    @Test
    void an_answer_told_unavailable_because_redis_was_slow_is_accepted_when_the_viewer_sends_it_again() {
        Instant t0 = clock.instant();
        Cue poll = new Cue("cue-1", "show-1", CueKind.POLL, Map.of("en", "Who wins?"),
                List.of(Map.of("en", "Red"), Map.of("en", "Blue")), null, 600, "en", t0, t0);
        FireRecord fire = new FireRecord("show-1", "fire-1", poll, "key-1",
                new FireReceipt("fire-1", "cue-1", t0, t0.plusSeconds(600), 1), null, null, null);
        cold.putFire(fire);
        hot.fires().open(FireRecords.liveFire(fire));
        AnswerService answers = new AnswerService(new FireCatalog(cold, hot.fires()), hot.fires(), journal, clock,
                new SimpleMeterRegistry());

        assertThat(answers.answer("show-1", OTHER, "fire-1", 0, null).orTimeout(10, TimeUnit.SECONDS).join())
                .as("another viewer, before Redis slows down").isEqualTo(new AcceptedMessage("fire-1"));

        Resp.call(redis.port(), "CLIENT", "PAUSE", "3000", "WRITE");
        assertThat(reply(answers)).isEqualTo(new RefusedMessage("fire-1", RefusedMessage.UNAVAILABLE));

        // the viewer app sends it again until Redis answers in time
        AtomicReference<ToViewer> retry = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            retry.set(reply(answers));
            return !retry.get().equals(new RefusedMessage("fire-1", RefusedMessage.UNAVAILABLE));
        });
        assertThat(retry.get()).isEqualTo(new AcceptedMessage("fire-1"));
        assertThat(cold.answers("show-1", "fire-1")).extracting(AnswerRecord::viewerId)
                .containsExactlyInAnyOrder(OTHER, VIEWER);
        assertThat(hot.fires().stats("fire-1").orElseThrow().answers()).isEqualTo(2);
        assertThat(reply(answers)).as("a third try").isEqualTo(new RefusedMessage("fire-1", RefusedMessage.DUPLICATE));
    }

    private static ToViewer reply(AnswerService answers) {
        return answers.answer("show-1", VIEWER, "fire-1", 1, null).orTimeout(10, TimeUnit.SECONDS).join();
    }
}
