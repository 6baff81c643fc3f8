package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/capacity}: the provider ({@code simulated}, {@code aws-asg}, {@code webhook})
 * and what it reported at {@code checkedAt}: {@code desiredUnits} asked for, {@code inServiceUnits}
 * running, {@code readyUnits} of them ready for viewers; {@code readyAt} is when the desired units
 * are expected to be ready (absent when they are). {@code reachable} is false, and
 * {@code lastError} says why in words, when the provider could not be asked. {@code leader} is the
 * node running the scheduler. Figures in units of {@code viewersPerUnit} viewers, between
 * {@code baselineUnits} and {@code maxUnits}. Asked with {@code ?showId=}, {@code lastSnapshotAt}
 * is when the show's last stored viewer snapshot ends (absent when it has none yet): the preflight's
 * check that the cold store is taking the show's figures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityState(
        String provider,
        int desiredUnits,
        int readyUnits,
        int inServiceUnits,
        Instant readyAt,
        boolean reachable,
        String lastError,
        Instant lastErrorAt,
        CapacityAction lastAction,
        String leader,
        Instant checkedAt,
        long viewersPerUnit,
        int baselineUnits,
        int maxUnits,
        List<CalendarSubscription> subscriptions,
        java.time.Instant lastSnapshotAt) {

    public CapacityState {
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
    }
}
