package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /api/v1/boosts/now}: an unplanned moment (a push notification) is coming.
 * Exactly one of {@code targetUnits} and {@code expectedViewers}; {@code holdMinutes} 1-720
 * (default 15) is how long the units stay at least; {@code reason} 1-200 characters says why;
 * {@code showId} optionally ties it to a show (its audience then decides when to scale down).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BoostNow(
        Integer targetUnits,
        Long expectedViewers,
        Integer holdMinutes,
        String reason,
        String showId) {
}
