package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A capacity boost as the server keeps it. Exactly one of {@code targetUnits} and
 * {@code expectedViewers} was given; {@code units} is what the boost asks for (the target, or the
 * viewers divided by the server's viewers per unit, rounded up). Capacity is asked for at
 * {@code start} minus {@code leadMinutes} and kept at least until {@code end} (for a push boost,
 * {@code end} is the push plus its {@code holdMinutes}). {@code readyAt} is when its units were in
 * service (or, while scaling up, when they are expected to be). {@code ref} ties a calendar or
 * rundown boost to what it came from (calendar and UID plus RECURRENCE-ID, the show's window, a
 * cue), so that a re-import or a rundown change updates it instead of adding another;
 * {@code lastError} says in words why the provider refused, when it did.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Boost(
        String id,
        String showId,
        String title,
        Instant start,
        Instant end,
        Integer targetUnits,
        Long expectedViewers,
        int units,
        int leadMinutes,
        Integer holdMinutes,
        BoostSource source,
        BoostStatus status,
        String ref,
        String reason,
        Instant readyAt,
        String lastError,
        List<BoostEvent> history,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Boost {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** When the scheduler asks for this boost's units. */
    public Instant scaleUpAt() {
        return start.minusSeconds(60L * leadMinutes);
    }

    /** The draft that would recreate this boost (editing it, or undoing a delete). */
    public BoostDraft toDraft() {
        return new BoostDraft(showId, title, start, end, targetUnits, expectedViewers, leadMinutes);
    }
}
