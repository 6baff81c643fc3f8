package io.cuedeck.server.engine.hot;

import java.time.Duration;
import java.util.Map;

/**
 * Open viewer sockets per show, summed over nodes. Each node reports its own counts; a report
 * lapses after its {@code ttl} unless renewed, so the sockets of a node that died stop counting.
 */
public interface SocketCounts {

    /** Replaces {@code nodeId}'s previous report with these counts (shows absent here count 0). */
    void report(String nodeId, Map<String, Long> socketsByShow, Duration ttl);

    /** The sum over nodes with a live report. */
    long total(String showId);
}
