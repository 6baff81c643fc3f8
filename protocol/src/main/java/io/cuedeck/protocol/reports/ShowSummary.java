package io.cuedeck.protocol.reports;

import io.cuedeck.protocol.ShowStatus;
import java.time.Instant;

/**
 * One show as {@code GET /api/v1/reports/compare} lays it beside others. {@code peakViewers} and
 * {@code averageViewers} come from the viewer curve (viewers present per second while on air);
 * {@code uniqueViewers} counts distinct viewer ids seen during the show; {@code reachRate} is the
 * sum over its fires of {@code reached} divided by the sum of {@code targeted} (0 with no fires or
 * nobody targeted); {@code responseRate} the sum of {@code answered} over the sum of
 * {@code reached}; {@code ackP95Ms} the p95 of every ack latency of all its fires together.
 */
public record ShowSummary(String showId, String title, ShowStatus status, Instant liveAt, Instant endedAt,
        int fires, long peakViewers, double averageViewers, long uniqueViewers, double reachRate,
        double responseRate, long ackP95Ms) {
}
