package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.hot.SocketCounts;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each node's latest report with its expiry; totals skip lapsed reports. */
final class MemorySocketCounts implements SocketCounts {

    private record Report(Map<String, Long> counts, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Report> reports = new ConcurrentHashMap<>();
    private final Clock clock;

    MemorySocketCounts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void report(String nodeId, Map<String, Long> socketsByShow, Duration ttl) {
        reports.put(nodeId, new Report(Map.copyOf(socketsByShow), clock.millis() + ttl.toMillis()));
    }

    @Override
    public long total(String showId) {
        long now = clock.millis();
        long total = 0;
        for (Report r : reports.values()) {
            if (r.expiresAt() > now) {
                total += r.counts().getOrDefault(showId, 0L);
            }
        }
        return total;
    }
}
