package io.cuedeck.server.engine.cold;

import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Viewer snapshots: one record per show and start second, ordered, replaced on a second write,
 * alone or in batches.
 */
public abstract class SnapshotStoreContract extends ColdPartContract {

    private final String show = id("show");
    private final long start = t0.getEpochSecond();

    private static long[] ramp(int seconds, long from) {
        long[] viewers = new long[seconds];
        for (int i = 0; i < seconds; i++) {
            viewers[i] = from + i * 3L;
        }
        return viewers;
    }

    @Test
    void snapshotsReadBackInStartOrderWithEverySecond() {
        store().putSnapshot(new ViewerSnapshot(show, start + 300, ramp(300, 900)));
        store().putSnapshot(new ViewerSnapshot(show, start, ramp(300, 0)));
        store().putSnapshot(new ViewerSnapshot(id("show"), start, ramp(5, 1)));

        List<ViewerSnapshot> back = store().snapshots(show);

        assertThat(back).extracting(ViewerSnapshot::startSecond).containsExactly(start, start + 300);
        assertThat(back.get(0).viewers()).isEqualTo(ramp(300, 0));
        assertThat(back.get(1).viewers()).isEqualTo(ramp(300, 900));
        assertThat(back).allMatch(s -> s.showId().equals(show));
    }

    @Test
    void aSecondSnapshotWithTheSameStartReplacesTheFirst() {
        store().putSnapshot(new ViewerSnapshot(show, start, ramp(10, 0)));
        store().putSnapshot(new ViewerSnapshot(show, start, ramp(20, 5)));

        List<ViewerSnapshot> back = store().snapshots(show);

        assertThat(back).hasSize(1);
        assertThat(back.get(0).viewers()).isEqualTo(ramp(20, 5));
    }

    @Test
    void aBatchOfSnapshotsOfManyShowsIsStoredWithEverySecondOfEach() {
        List<String> shows = List.of(show, id("show"), id("show"));
        List<ViewerSnapshot> batch = new ArrayList<>();
        for (int interval = 0; interval < 20; interval++) { // 60 snapshots: more than one DynamoDB request
            for (int s = 0; s < shows.size(); s++) {
                batch.add(new ViewerSnapshot(shows.get(s), start + 300L * interval, ramp(300, 1_000L * s + interval)));
            }
        }

        store().putSnapshots(batch);

        for (int s = 0; s < shows.size(); s++) {
            String showId = shows.get(s);
            List<ViewerSnapshot> back = store().snapshots(showId);
            assertThat(back).hasSize(20).allMatch(snapshot -> snapshot.showId().equals(showId));
            for (int interval = 0; interval < 20; interval++) {
                assertThat(back.get(interval).startSecond()).isEqualTo(start + 300L * interval);
                assertThat(back.get(interval).viewers()).isEqualTo(ramp(300, 1_000L * s + interval));
            }
        }
    }

    @Test
    void aBatchReplacesStoredSnapshotsAndOfTwoWithTheSameStartKeepsTheLater() {
        String other = id("show");
        store().putSnapshot(new ViewerSnapshot(show, start, ramp(10, 0)));

        store().putSnapshots(List.of(new ViewerSnapshot(show, start, ramp(20, 5)),
                new ViewerSnapshot(other, start, ramp(3, 1)), new ViewerSnapshot(other, start, ramp(4, 7))));

        assertThat(store().snapshots(show)).singleElement().satisfies(s -> assertThat(s.viewers()).isEqualTo(ramp(20, 5)));
        assertThat(store().snapshots(other)).singleElement().satisfies(s -> assertThat(s.viewers()).isEqualTo(ramp(4, 7)));
    }

    @Test
    void anEmptyBatchStoresNothingAndDoesNotFail() {
        store().putSnapshots(List.of());

        assertThat(store().snapshots(show)).isEmpty();
    }

    @Test
    void anUnknownShowHasNoSnapshots() {
        assertThat(store().snapshots(id("show"))).isEmpty();
    }
}
