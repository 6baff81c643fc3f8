package io.cuedeck.server.rundown;

import io.cuedeck.protocol.CueDraft;
import io.cuedeck.server.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The capacity planning fields of a cue, checked on their own (apart from the cue's content rules):
 * {@code plannedAt} within a year of now, and {@code push} (default false) only with a
 * {@code plannedAt} or without one (an unplanned push boosts when it is fired).
 */
public final class CuePlanning {

    static final Duration FARTHEST = Duration.ofDays(366);

    /** The two fields as a cue keeps them: {@code push} is null unless true. */
    public record Planned(Instant plannedAt, Boolean push) {
    }

    private CuePlanning() {
    }

    public static Planned check(CueDraft draft, Clock clock) {
        Instant at = draft.plannedAt();
        if (at != null) {
            Instant now = clock.instant();
            if (at.isAfter(now.plus(FARTHEST)) || at.isBefore(now.minus(FARTHEST))) {
                throw ApiException.validation("plannedAt", "plannedAt must be within a year of now.");
            }
        }
        return new Planned(at, Boolean.TRUE.equals(draft.push()) ? Boolean.TRUE : null);
    }
}
