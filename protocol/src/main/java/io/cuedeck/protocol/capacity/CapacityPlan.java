package io.cuedeck.protocol.capacity;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/capacity/plan}: the units the scheduler will ask for at each minute from
 * {@code from} (inclusive, a whole minute) to {@code to}, after merging every boost that is not
 * cancelled (at every minute the highest target wins, never below the baseline):
 * {@code units.get(i)} is the minute {@code from + i * stepSeconds}.
 */
public record CapacityPlan(Instant from, Instant to, int stepSeconds, int baselineUnits, int maxUnits,
        long viewersPerUnit, List<Integer> units) {

    public CapacityPlan {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
