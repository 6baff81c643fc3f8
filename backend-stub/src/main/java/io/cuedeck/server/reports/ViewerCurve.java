package io.cuedeck.server.reports;

import io.cuedeck.protocol.CurvePoint;
import io.cuedeck.protocol.Show;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.Timeline;
import io.cuedeck.server.snapshot.SnapshotJob;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A show's viewers per second: the cold snapshots, then the hot seconds not yet snapshotted. */
public final class ViewerCurve {

    private final HotEngine hot;
    private final ColdStore cold;
    private final SnapshotJob snapshots;
    private final Clock clock;

    public ViewerCurve(HotEngine hot, ColdStore cold, SnapshotJob snapshots, Clock clock) {
        this.hot = hot;
        this.cold = cold;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** The last second of the show that has a stored snapshot, or the second before it went live if none. */
    public long lastSnapshotted(Show show) {
        long last = show.liveAt() == null ? 0 : show.liveAt().getEpochSecond() - 1;
        for (ViewerSnapshot s : cold.snapshots(show.id())) {
            last = Math.max(last, s.startSecond() + s.viewers().length - 1);
        }
        return last;
    }

    public List<CurvePoint> of(Show show) {
        List<CurvePoint> points = new ArrayList<>();
        List<ViewerSnapshot> stored = cold.snapshots(show.id());
        for (ViewerSnapshot s : stored) {
            for (int i = 0; i < s.viewers().length; i++) {
                points.add(new CurvePoint(s.startSecond() + i, s.viewers()[i]));
            }
        }
        long end = clock.instant().getEpochSecond() - 2;
        if (show.endedAt() != null) {
            end = Math.min(end, show.endedAt().getEpochSecond());
        }
        long from = snapshots.nextStart(show, stored, end);
        from = Math.max(from, end - Timeline.MAX_RANGE + 1);
        if (from <= end) {
            long[] tail = hot.timeline().range(show.id(), Timeline.VIEWERS, from, end);
            for (int i = 0; i < tail.length; i++) {
                points.add(new CurvePoint(from + i, tail[i]));
            }
        }
        return points;
    }
}
