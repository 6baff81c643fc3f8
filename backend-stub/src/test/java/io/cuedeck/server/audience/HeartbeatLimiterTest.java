package io.cuedeck.server.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One counted heartbeat per viewer per interval, per show, and nothing kept past the interval. */
class HeartbeatLimiterTest {

    private final HeartbeatLimiter limiter = new HeartbeatLimiter(5_000);
    private final String viewer = UUID.randomUUID().toString();

    @Test
    void aSecondHeartbeatWithinTheIntervalIsRefusedAndOneAfterItCounts() {
        assertThat(limiter.allow("s1", viewer, 1_000)).isTrue();
        assertThat(limiter.allow("s1", viewer, 5_999)).isFalse();
        assertThat(limiter.allow("s1", viewer, 6_000)).isTrue();
        assertThat(limiter.allow("s1", viewer, 10_999)).as("the clock restarted at 6,000").isFalse();
    }

    @Test
    void aRefusedHeartbeatDoesNotRestartTheViewersClock() {
        assertThat(limiter.allow("s1", viewer, 0)).isTrue();
        assertThat(limiter.allow("s1", viewer, 4_000)).isFalse();
        assertThat(limiter.allow("s1", viewer, 5_000)).isTrue();
    }

    @Test
    void viewersAndShowsAreCountedApart() {
        String other = UUID.randomUUID().toString();
        assertThat(limiter.allow("s1", viewer, 0)).isTrue();
        assertThat(limiter.allow("s1", other, 0)).isTrue();
        assertThat(limiter.allow("s2", viewer, 0)).isTrue();
        assertThat(limiter.allow("s1", "not-a-uuid", 0)).isTrue();
        assertThat(limiter.allow("s1", "not-a-uuid", 1)).isFalse();
    }

    @Test
    void theSweepForgetsOnlyViewersWhoseIntervalHasPassed() {
        for (int i = 0; i < 10_000; i++) {
            limiter.allow("s1", UUID.randomUUID().toString(), i < 4_000 ? 0 : 3_000);
        }
        limiter.allow("s1", viewer, 3_000);
        limiter.sweep(5_000);
        assertThat(limiter.remembered()).isEqualTo(6_001);
        assertThat(limiter.allow("s1", viewer, 5_000)).as("still remembered").isFalse();
        limiter.sweep(8_000);
        assertThat(limiter.remembered()).isZero();
        assertThat(limiter.allow("s1", viewer, 8_000)).isTrue();
    }
}
