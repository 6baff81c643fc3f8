package io.cuedeck.server.console;

import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.OpenFire;
import io.cuedeck.server.engine.hot.FireLedger.FireStats;
import io.cuedeck.server.engine.hot.FireLedger.LiveFire;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.Timeline;
import io.cuedeck.server.shows.ShowDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/v1/shows/{showId}/live}: the audience and open fires right now, cluster-wide. */
public final class LiveService {

    private final HotEngine hot;
    private final ShowDirectory shows;
    private final Clock clock;

    public LiveService(HotEngine hot, ShowDirectory shows, Clock clock) {
        this.hot = hot;
        this.shows = shows;
        this.clock = clock;
    }

    public LiveStatus status(String showId) {
        shows.require(showId);
        Instant now = clock.instant();
        long second = now.getEpochSecond() - 1;
        Timeline timeline = hot.timeline();
        double rate = Ticker.sum(timeline.range(showId, Timeline.HEARTBEATS, second - 9, second)) / 10.0;
        long joins = Ticker.sum(timeline.range(showId, Timeline.JOINS, second - 59, second));
        long leaves = Ticker.sum(timeline.range(showId, Timeline.LEAVES, second - 59, second));
        List<OpenFire> open = new ArrayList<>();
        for (LiveFire f : hot.fires().openFires(showId)) {
            FireStats s = hot.fires().stats(f.fireId()).orElse(null);
            if (s != null) {
                open.add(new OpenFire(f.fireId(), f.cueId(), f.kind(), f.firedAt(), f.closesAt(), f.targeted(),
                        s.delivered(), s.failed(), s.acks(), s.answers()));
            }
        }
        return new LiveStatus(showId, hot.presence().count(showId, now), hot.sockets().total(showId), rate, joins,
                leaves, hot.presence().countByPlatform(showId, now), open);
    }
}
