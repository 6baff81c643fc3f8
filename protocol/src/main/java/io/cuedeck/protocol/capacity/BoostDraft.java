package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Body of {@code POST /api/v1/boosts} and {@code PUT /api/v1/boosts/{id}}: {@code title} 1-200
 * characters, {@code start} and {@code end} (end after start, at most 7 days apart; on create the
 * start may not be in the past), exactly one of {@code targetUnits} and {@code expectedViewers},
 * {@code leadMinutes} 0-720 (default 60), and an optional {@code showId} of an existing show.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BoostDraft(
        String showId,
        String title,
        Instant start,
        Instant end,
        Integer targetUnits,
        Long expectedViewers,
        Integer leadMinutes) {
}
