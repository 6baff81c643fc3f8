package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What an import did (or, with {@code dryRun}, would do): boosts {@code added}, {@code changed}
 * (as they are after the import), {@code removed} (cancelled: gone from the calendar or marked
 * {@code STATUS:CANCELLED}) and {@code unchanged}; {@code skipped} lists events that are not
 * boosts, with the reason (no expected audience, already over).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportResult(boolean dryRun, String calendar, List<Boost> added, List<Boost> changed,
        List<Boost> removed, List<Boost> unchanged, List<Skipped> skipped) {

    /** An event that became no boost, and why. */
    public record Skipped(String title, String start, String reason) {
    }
}
