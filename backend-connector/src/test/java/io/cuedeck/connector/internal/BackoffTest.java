package io.cuedeck.connector.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.connector.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(2));

    @Test
    void theLongestWaitDoublesAfterEachFailureUntilTheCap() {
        assertThat(Backoff.ceiling(policy, 1)).isEqualTo(Duration.ofMillis(200));
        assertThat(Backoff.ceiling(policy, 2)).isEqualTo(Duration.ofMillis(400));
        assertThat(Backoff.ceiling(policy, 4)).isEqualTo(Duration.ofMillis(1600));
        assertThat(Backoff.ceiling(policy, 5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.ceiling(policy, 1_000)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void everyWaitIsJitteredBetweenZeroAndTheCeilingAndActuallyVaries() {
        long smallest = Long.MAX_VALUE;
        long largest = 0;
        for (int i = 0; i < 2_000; i++) {
            long wait = Backoff.delay(policy, 3).toMillis();
            assertThat(wait).isBetween(0L, 800L);
            smallest = Math.min(smallest, wait);
            largest = Math.max(largest, wait);
        }
        assertThat(smallest).isLessThan(100);
        assertThat(largest).isGreaterThan(700);
    }

    @Test
    void theNoWaitPolicyForTestsNeverWaits() {
        for (int failures = 1; failures < 10; failures++) {
            assertThat(Backoff.delay(RetryPolicy.NO_WAIT, failures)).isZero();
        }
    }
}
