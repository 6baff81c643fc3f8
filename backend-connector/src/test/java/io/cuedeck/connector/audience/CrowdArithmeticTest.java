package io.cuedeck.connector.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The small pieces a crowd is drawn and measured with. */
class CrowdArithmeticTest {

    @Test
    void weightedPicksFollowTheWeights() {
        Weighted<String> platforms = new Weighted<>(Map.of("ios", 4.0, "android", 5.0, "tv", 1.0));
        Map<String, Integer> seen = new HashMap<>();
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            seen.merge(platforms.pick(random), 1, Integer::sum);
        }
        assertThat(seen.get("ios")).isBetween(39_000, 41_000);
        assertThat(seen.get("android")).isBetween(49_000, 51_000);
        assertThat(seen.get("tv")).isBetween(9_000, 11_000);
    }

    @Test
    void theSameSeedDrawsTheSameCrowd() {
        Weighted<String> languages = new Weighted<>(Map.of("zh-TW", 5.0, "en", 3.0, "ko", 2.0));
        Random a = new Random(42);
        Random b = new Random(42);
        for (int i = 0; i < 100; i++) {
            assertThat(languages.pick(a)).isEqualTo(languages.pick(b));
        }
    }

    @Test
    void choiceWeightsBiasOptionsAndMissingIndexesWeighOne() {
        int[] counts = new int[3];
        Random random = new Random(7);
        for (int i = 0; i < 60_000; i++) {
            counts[Weighted.choice(3, Map.of(0, 4.0, 2, 0.0), random)]++;
        }
        assertThat(counts[0]).isBetween(47_000, 49_000);
        assertThat(counts[1]).isBetween(11_000, 13_000);
        assertThat(counts[2]).isZero();
    }

    @Test
    void latencyPercentilesAreExactToTheMillisecond() {
        LatencyRecorder latency = new LatencyRecorder();
        for (int ms = 1; ms <= 100; ms++) {
            latency.record(ms);
        }
        latency.record(90_000);

        assertThat(latency.percentile(0.50)).isEqualTo(51);
        assertThat(latency.percentile(0.95)).isEqualTo(96);
        assertThat(latency.max()).isEqualTo(90_000);
        assertThat(latency.percentile(1.0)).isEqualTo(90_000);
        assertThat(new LatencyRecorder().percentile(0.5)).isZero();
    }

    @Test
    void theLimiterNeverHasMoreThanItsShareInFlightAndRunsEveryTask() {
        AsyncLimiter limiter = new AsyncLimiter(3);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[10];
        for (int i = 0; i < 10; i++) {
            CompletableFuture<Void> task = new CompletableFuture<>();
            pending[i] = task;
            limiter.submit(() -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                return task.whenComplete((r, e) -> {
                    inFlight.decrementAndGet();
                    done.incrementAndGet();
                });
            });
        }
        assertThat(limiter.waiting()).isEqualTo(7);
        for (CompletableFuture<?> task : pending) {
            task.complete(null);
        }
        assertThat(done.get()).isEqualTo(10);
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void tasksThatFinishAtOnceDoNotPileUpOnTheStack() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        CompletableFuture<Void> first = new CompletableFuture<>();
        limiter.submit(() -> first);
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 100_000; i++) {
            limiter.submit(() -> {
                ran.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            });
        }
        first.complete(null);
        assertThat(ran.get()).isEqualTo(100_000);
    }
}
