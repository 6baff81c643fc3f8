package io.cuedeck.server.console;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.console.Delivery;
import io.cuedeck.protocol.console.Tally;
import io.cuedeck.protocol.console.Tick;
import io.cuedeck.server.engine.hot.FireLedger.FireStats;
import io.cuedeck.server.engine.hot.FireLedger.LiveFire;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import io.cuedeck.server.engine.hot.ShowSeconds;
import io.cuedeck.server.shows.ShowDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-second work of a node, run a little after each second ends, for every show that has not
 * ended: expire presence (leaves), write the viewer gauge, and tell this node's consoles the
 * second's figures and the progress of open fires (and of fires that just closed, once).
 */
public final class Ticker {

    private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

    private record Closed(String showId, String fireId) {
    }

    private final HotEngine hot;
    private final ShowDirectory shows;
    private final ConsoleHub consoles;
    private final EngineWatch engines;
    private final Clock clock;
    private final Map<String, Long> tallied = new ConcurrentHashMap<>();
    private final List<Closed> justClosed = new ArrayList<>();
    private long lastSecond;

    public Ticker(HotEngine hot, ShowDirectory shows, ConsoleHub consoles, EngineWatch engines, Clock clock) {
        this.hot = hot;
        this.shows = shows;
        this.consoles = consoles;
        this.engines = engines;
        this.clock = clock;
    }

    /** A fire closed: its consoles get a last delivery and tally on the next tick. */
    public synchronized void fireClosed(String showId, String fireId) {
        justClosed.add(new Closed(showId, fireId));
    }

    public void tick() {
        engines.changed().ifPresent(consoles::sendAll);
        Instant now = clock.instant();
        long second = now.getEpochSecond() - 1;
        if (second <= lastSecond) {
            return; // a late run catching up: this second was done already
        }
        lastSecond = second;
        for (Show show : shows.activeShows()) {
            try {
                tick(show.id(), now, second);
            } catch (RuntimeException e) {
                LOG.warn("the tick of show {} failed: {}", show.id(), e.getMessage());
            }
        }
        List<Closed> closed;
        synchronized (this) {
            closed = List.copyOf(justClosed);
            justClosed.clear();
        }
        for (Closed c : closed) {
            hot.fires().get(c.fireId()).ifPresent(state -> progress(state.fire()));
            tallied.remove(c.fireId());
        }
    }

    private void tick(String showId, Instant now, long second) {
        ShowSeconds.Second s = hot.seconds().tick(showId, now, second);
        if (!consoles.has(showId)) {
            return;
        }
        double rate = s.heartbeats() / (double) ShowSeconds.HEARTBEAT_WINDOW;
        consoles.send(showId, new Tick(second * 1000, s.viewers(), rate, s.joins(), s.leaves(), hot.sockets().total(showId)));
        for (LiveFire fire : hot.fires().openFires(showId)) {
            progress(fire);
        }
    }

    private void progress(LiveFire fire) {
        FireStats s = hot.fires().stats(fire.fireId()).orElse(null);
        if (s == null) {
            return;
        }
        long p95 = LatencyHistogram.percentile(s.latency(), s.maxLatencyMs(), 0.95);
        consoles.send(fire.showId(), new Delivery(fire.fireId(), fire.targeted(), s.delivered(), s.failed(), s.acks(), p95));
        Long before = tallied.put(fire.fireId(), s.answers());
        if (before == null || before != s.answers()) {
            List<Long> counts = new ArrayList<>();
            for (long c : s.counts()) {
                counts.add(c);
            }
            consoles.send(fire.showId(), new Tally(fire.fireId(), counts, s.answers()));
        }
    }

    static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }
}
