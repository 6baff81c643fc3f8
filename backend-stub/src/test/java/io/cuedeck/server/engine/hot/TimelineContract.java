package io.cuedeck.server.engine.hot;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static io.cuedeck.server.engine.ContractSupport.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Timeline}: counters add, gauges overwrite, ranges are dense, values outlive an hour. */
public abstract class TimelineContract extends HotPartContract {

    private final String show = id("show");
    private final long second = now().getEpochSecond();

    private Timeline timeline() {
        return engine().timeline();
    }

    @Test
    void countersAddUpAndARangeIsZeroWhereNothingWasWritten() {
        timeline().add(show, Timeline.HEARTBEATS, second, 3);
        timeline().add(show, Timeline.HEARTBEATS, second, 4);
        timeline().add(show, Timeline.HEARTBEATS, second + 2, 1);

        assertThat(timeline().range(show, Timeline.HEARTBEATS, second - 1, second + 3))
                .containsExactly(0, 7, 0, 1, 0);
    }

    @Test
    void aGaugeKeepsTheLastValueWritten() {
        timeline().put(show, Timeline.VIEWERS, second, 10);
        otherNode().timeline().put(show, Timeline.VIEWERS, second, 12);

        assertThat(timeline().range(show, Timeline.VIEWERS, second, second)).containsExactly(12);
    }

    @Test
    void seriesAreSeparateByShowAndByName() {
        String other = id("show");
        timeline().add(show, Timeline.JOINS, second, 5);
        timeline().add(show, Timeline.LEAVES, second, 2);
        timeline().add(other, Timeline.JOINS, second, 9);

        assertThat(timeline().range(show, Timeline.JOINS, second, second)).containsExactly(5);
        assertThat(timeline().range(show, Timeline.LEAVES, second, second)).containsExactly(2);
        assertThat(timeline().range(other, Timeline.JOINS, second, second)).containsExactly(9);
        assertThat(timeline().range(id("show"), Timeline.JOINS, second, second)).containsExactly(0);
    }

    @Test
    void concurrentAddsOnSeveralNodesAreNeverLost() throws Exception {
        concurrently(50, i -> {
            for (int k = 0; k < 20; k++) {
                node(i).timeline().add(show, Timeline.HEARTBEATS, second + (k % 2), 1);
            }
            return null;
        });

        assertThat(timeline().range(show, Timeline.HEARTBEATS, second, second + 1)).containsExactly(500, 500);
    }

    @Test
    void aRangeHoldsAtMostTheMaximumNumberOfSeconds() {
        long from = second - Timeline.MAX_RANGE + 1;
        timeline().put(show, Timeline.VIEWERS, from, 1);
        timeline().put(show, Timeline.VIEWERS, second, 2);

        long[] full = timeline().range(show, Timeline.VIEWERS, from, second);

        assertThat(full).hasSize(Timeline.MAX_RANGE);
        assertThat(full[0]).isEqualTo(1);
        assertThat(full[Timeline.MAX_RANGE - 1]).isEqualTo(2);
        assertThatThrownBy(() -> timeline().range(show, Timeline.VIEWERS, from - 1, second))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> timeline().range(show, Timeline.VIEWERS, second, second - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesAreKeptForAtLeastAnHour() {
        assertThat(timeline().retention()).isGreaterThanOrEqualTo(Duration.ofHours(1));
        long hourAgo = second - 3_600;
        timeline().add(show, Timeline.JOINS, hourAgo, 7);
        for (long s = hourAgo + 1; s <= second; s += 60) {
            timeline().add(show, Timeline.JOINS, s, 1);
        }
        timeline().add(show, Timeline.JOINS, second, 1);

        long[] hour = timeline().range(show, Timeline.JOINS, hourAgo, second);

        assertThat(hour[0]).isEqualTo(7);
        assertThat(hour[3_600]).isEqualTo(1);
        assertThat(hour[61]).isEqualTo(1);
        assertThat(hour[62]).isZero();
    }
}
