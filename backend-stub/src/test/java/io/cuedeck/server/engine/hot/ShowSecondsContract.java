package io.cuedeck.server.engine.hot;

import static io.cuedeck.server.engine.ContractSupport.id;
import static io.cuedeck.server.engine.ContractSupport.now;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.engine.hot.Presence.Touch;
import io.cuedeck.server.engine.hot.ShowSeconds.Second;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ShowSeconds}: the ticker's step expires, counts, writes the gauge and reads the second back. */
public abstract class ShowSecondsContract extends HotPartContract {

    private static final Duration TTL = Duration.ofSeconds(30);

    private final String show = id("show");

    private void touch(String viewer, String platform, Instant at) {
        engine().presence().touch(List.of(new Touch(show, viewer, platform)), at, TTL);
    }

    @Test
    void aSecondExpiresEndedViewersCountsThemAsLeavesAndWritesTheViewersGauge() {
        Instant t = now();
        touch("gone-1", "ios", t);
        touch("gone-2", "android", t);
        touch("stays", "ios", t.plusSeconds(20));
        Instant later = t.plus(TTL).plusMillis(1);
        long second = later.getEpochSecond() - 1;

        Second s = engine().seconds().tick(show, later, second);

        assertThat(s.expired()).isEqualTo(2);
        assertThat(s.viewers()).isEqualTo(1);
        assertThat(s.leaves()).isEqualTo(2);
        assertThat(engine().presence().count(show, later)).isEqualTo(1);
        assertThat(otherNode().timeline().range(show, Timeline.VIEWERS, second, second)).containsExactly(1);
        assertThat(otherNode().timeline().range(show, Timeline.LEAVES, second, second)).containsExactly(2);
    }

    @Test
    void aSecondReadsTheJoinsAndLeavesOfItsSecondAndTheHeartbeatsOfTheLastTenSeconds() {
        long second = now().getEpochSecond();
        Timeline timeline = otherNode().timeline();
        timeline.add(show, Timeline.JOINS, second, 4);
        timeline.add(show, Timeline.JOINS, second - 1, 100);
        timeline.add(show, Timeline.LEAVES, second, 3);
        timeline.add(show, Timeline.HEARTBEATS, second, 5);
        timeline.add(show, Timeline.HEARTBEATS, second - 9, 7);
        timeline.add(show, Timeline.HEARTBEATS, second - 10, 1_000);
        timeline.add(show, Timeline.HEARTBEATS, second + 1, 1_000);

        Second s = engine().seconds().tick(show, Instant.ofEpochSecond(second + 1), second);

        assertThat(s).isEqualTo(new Second(0, 0, 12, 4, 3));
    }

    @Test
    void theHeartbeatWindowSpansTheMinuteBoundary() {
        long second = Math.floorDiv(now().getEpochSecond(), 60) * 60 + 3; // 3 s into a minute
        for (long s = second - 12; s <= second; s++) {
            engine().timeline().add(show, Timeline.HEARTBEATS, s, 1);
        }

        Second s = engine().seconds().tick(show, Instant.ofEpochSecond(second + 1), second);

        assertThat(s.heartbeats()).isEqualTo(ShowSeconds.HEARTBEAT_WINDOW);
    }

    @Test
    void anEndedPresenceIsCountedAsALeaveByOneSecondOnly() {
        Instant t = now();
        touch("gone", "web", t);
        Instant later = t.plus(TTL).plusSeconds(1);
        long second = later.getEpochSecond() - 1;

        Second first = engine().seconds().tick(show, later, second);
        Second next = otherNode().seconds().tick(show, later.plusSeconds(1), second + 1);

        assertThat(first.expired()).isEqualTo(1);
        assertThat(next.expired()).isZero();
        assertThat(next.leaves()).isZero();
    }
}
