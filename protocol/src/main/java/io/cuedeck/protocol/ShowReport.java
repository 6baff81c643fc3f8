package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/shows/{showId}/report}: the whole show. {@code viewerCurve} has one point per
 * second from the cold store's snapshots, plus the hot engine's seconds not yet snapshotted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShowReport(
        String showId,
        String title,
        long peakViewers,
        Instant peakAt,
        List<FireReport> fires,
        List<CurvePoint> viewerCurve) {
}
