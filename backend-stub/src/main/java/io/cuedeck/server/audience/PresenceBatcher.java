package io.cuedeck.server.audience;

import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.Presence.Touch;
import io.cuedeck.server.engine.hot.Timeline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence touches (heartbeats, and open sockets) queued by request threads and written to the
 * hot engine in one batch every ~100 ms, so no request waits on the engine. Each flush adds the
 * batch's joins and heartbeats to the show's timeline.
 */
public final class PresenceBatcher {

    static final int MAX_QUEUED = 500_000;
    private static final Logger LOG = LoggerFactory.getLogger(PresenceBatcher.class);

    private record Pending(Touch touch, boolean heartbeat) {
    }

    private final HotEngine hot;
    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final Counter lost;

    public PresenceBatcher(HotEngine hot, Duration ttl, Clock clock, MeterRegistry meters) {
        this.hot = hot;
        this.ttl = ttl;
        this.clock = clock;
        this.lost = Counter.builder("cuedeck.presence.lost").description("touches dropped: engine unreachable")
                .register(meters);
    }

    /** Queues a touch; false when the queue is full (the engine is far behind). */
    public boolean offer(Touch touch, boolean heartbeat) {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            return false;
        }
        queue.add(new Pending(touch, heartbeat));
        return true;
    }

    public void flush() {
        List<Touch> touches = new ArrayList<>();
        Map<String, Long> heartbeats = new HashMap<>();
        Pending p;
        while (touches.size() < 50_000 && (p = queue.poll()) != null) {
            queued.decrementAndGet();
            touches.add(p.touch());
            if (p.heartbeat()) {
                heartbeats.merge(p.touch().showId(), 1L, Long::sum);
            }
        }
        if (touches.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long second = now.getEpochSecond();
        try {
            Map<String, Long> joins = hot.presence().touch(touches, now, ttl);
            joins.forEach((show, n) -> {
                if (n > 0) {
                    hot.timeline().add(show, Timeline.JOINS, second, n);
                }
            });
            heartbeats.forEach((show, n) -> hot.timeline().add(show, Timeline.HEARTBEATS, second, n));
        } catch (RuntimeException e) {
            lost.increment(touches.size());
            LOG.warn("{} presence touches lost: {}", touches.size(), e.getMessage());
        }
    }
}
