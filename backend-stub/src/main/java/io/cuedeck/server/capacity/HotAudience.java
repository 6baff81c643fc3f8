package io.cuedeck.server.capacity;

import io.cuedeck.protocol.Show;
import io.cuedeck.server.engine.hot.Timeline;
import io.cuedeck.server.shows.ShowDirectory;
import java.time.Instant;
import java.util.List;

/**
 * The audience from the hot timeline's per-second {@code viewers} gauge, which every node's ticker
 * writes cluster-wide. A range longer than the timeline keeps is read as far back as it goes.
 */
final class HotAudience implements Audience {

    private final Timeline timeline;
    private final ShowDirectory shows;

    HotAudience(Timeline timeline, ShowDirectory shows) {
        this.timeline = timeline;
        this.shows = shows;
    }

    @Override
    public long peakViewers(String showId, Instant from, Instant to) {
        long first = from.getEpochSecond();
        long last = to.getEpochSecond();
        if (last - first >= Timeline.MAX_RANGE) {
            first = last - Timeline.MAX_RANGE + 1;
        }
        List<String> ids = showId != null ? List.of(showId) : shows.activeShows().stream().map(Show::id).toList();
        long[] total = new long[(int) (last - first + 1)];
        for (String id : ids) {
            long[] values = timeline.range(id, Timeline.VIEWERS, first, last);
            for (int i = 0; i < total.length; i++) {
                total[i] += values[i];
            }
        }
        long peak = 0;
        for (long v : total) {
            peak = Math.max(peak, v);
        }
        return peak;
    }
}
