package io.cuedeck.server.engine.hot.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.viewers.ViewerKey;
import io.cuedeck.server.viewers.ViewerTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One show's presence kept as keys: a viewer filed under several ends is counted, split and
 * expired once, and the viewers it copies as present are the ones present.
 */
class ShowPresenceTest {

    private static final long TTL = 120_000;
    private final ShowPresence show = new ShowPresence();

    @Test
    void aViewerTouchedEveryThirtySecondsIsOneViewerAndLeavesOnceWhenItStops() {
        String viewer = UUID.randomUUID().toString();
        for (long t = 0; t <= 90_000; t += 30_000) {
            assertThat(show.touch(viewer, "ios", t, t + TTL)).isEqualTo(t == 0);
        }
        assertThat(show.count(150_000)).isEqualTo(1);
        assertThat(show.countByPlatform(150_000)).isEqualTo(Map.of("ios", 1L));
        assertThat(show.expire(150_000)).as("two stale ends passed, the current one did not").isZero();
        assertThat(show.count(210_000)).isZero();
        assertThat(show.countByPlatform(210_000)).isEmpty();
        assertThat(show.expire(210_000)).isEqualTo(1);
        assertThat(show.expire(400_000)).isZero();
        assertThat(show.copyPresent(0, new ViewerTable())).isZero();
    }

    @Test
    void countsAndSplitsAgreeWithTheViewersWholeHistoryAcrossManyViewers() {
        List<String> viewers = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            viewers.add(i % 3 == 0 ? "viewer-" + i : UUID.randomUUID().toString());
        }
        for (int i = 0; i < viewers.size(); i++) {
            show.touch(viewers.get(i), "web", 0, TTL);
            if (i % 2 == 0) {
                show.touch(viewers.get(i), "android", 60_000, 60_000 + TTL);
            }
        }
        // at 150 s the odd viewers (1,500, touched at 0 only) have ended
        assertThat(show.count(150_000)).isEqualTo(1_500);
        assertThat(show.countByPlatform(150_000)).isEqualTo(Map.of("android", 1_500L));
        ViewerTable present = new ViewerTable();
        assertThat(show.copyPresent(150_000, present)).isEqualTo(1_500);
        for (int i = 0; i < viewers.size(); i++) {
            String v = viewers.get(i);
            assertThat(present.find(ViewerKey.hi(v), ViewerKey.lo(v)) >= 0).as(v).isEqualTo(i % 2 == 0);
        }
        assertThat(show.expire(150_000)).isEqualTo(1_500);
        assertThat(show.count(150_000)).isEqualTo(1_500);
        assertThat(show.expire(180_000)).isEqualTo(1_500);
        assertThat(show.count(180_000)).isZero();
    }

    @Test
    void aViewerBackAfterItsPresenceEndedJoinsAgainAndItsEndedPresenceIsOneLeave() {
        String viewer = UUID.randomUUID().toString();
        show.touch(viewer, "ios", 0, TTL);
        assertThat(show.touch(viewer, "web", 200_000, 200_000 + TTL)).as("rejoins").isTrue();
        assertThat(show.expire(200_000)).isEqualTo(1);
        assertThat(show.count(200_000)).isEqualTo(1);
        assertThat(show.countByPlatform(200_000)).isEqualTo(Map.of("web", 1L));
        ViewerTable present = new ViewerTable();
        assertThat(show.copyPresent(200_000, present)).isEqualTo(1);
        assertThat(present.find(ViewerKey.hi(viewer), ViewerKey.lo(viewer))).isNotNegative();
    }
}
