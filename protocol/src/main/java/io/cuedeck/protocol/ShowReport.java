package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cuedeck.protocol.reports.CurveMarker;
import io.cuedeck.protocol.reports.FunnelRow;
import io.cuedeck.protocol.reports.Reconciliation;
import io.cuedeck.protocol.reports.Split;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/shows/{showId}/report}: the whole show, from counts kept as it ran.
 *
 * <ul>
 * <li>{@code viewerCurve}: viewers present per second, one point per second from the cold store's
 * snapshots, plus the hot engine's seconds not yet snapshotted.</li>
 * <li>{@code peakViewers}, {@code peakAt}: the curve's highest point (the first second of it).</li>
 * <li>{@code fires}: every sent fire's report, oldest first.</li>
 * <li>{@code status}, {@code liveAt}, {@code endedAt}: as on the show.</li>
 * <li>{@code timeOnAirSeconds}: from {@code liveAt} to {@code endedAt} (to now while live; 0 if never live).</li>
 * <li>{@code averageViewers}, {@code medianViewers}: over the curve's points while on air (0 with none).</li>
 * <li>{@code uniqueViewers}: distinct viewer ids seen by heartbeat or socket during the show (exact).</li>
 * <li>{@code split}: those unique viewers by platform, region and language.</li>
 * <li>{@code markers}: every fire and every capacity boost of the show, by time.</li>
 * <li>{@code funnels}: every fire's funnel in one table, oldest first.</li>
 * <li>{@code reconciliation}: snapshot coverage and the journal-against-cold-store answer check.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShowReport(
        String showId,
        String title,
        long peakViewers,
        Instant peakAt,
        List<FireReport> fires,
        List<CurvePoint> viewerCurve,
        ShowStatus status,
        Instant liveAt,
        Instant endedAt,
        long timeOnAirSeconds,
        double averageViewers,
        long medianViewers,
        long uniqueViewers,
        Split split,
        List<CurveMarker> markers,
        List<FunnelRow> funnels,
        Reconciliation reconciliation) {
}
