package io.cuedeck.protocol;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/shows/{showId}/live}: the audience right now, cluster-wide. {@code viewers} are
 * viewers present (heartbeat or open socket within the presence TTL); {@code sockets} are open
 * viewer sockets; {@code heartbeatsPerSecond} is averaged over the last 10 seconds.
 */
public record LiveStatus(
        String showId,
        long viewers,
        long sockets,
        double heartbeatsPerSecond,
        long joinsLastMinute,
        long leavesLastMinute,
        Map<String, Long> byPlatform,
        List<OpenFire> openFires) {
}
