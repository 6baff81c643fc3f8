package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Body of {@code PATCH /api/v1/shows/{showId}}: every field optional, absent fields unchanged. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShowPatch(ShowStatus status, String title, Instant scheduledStart, Instant scheduledEnd) {

    public static ShowPatch status(ShowStatus status) {
        return new ShowPatch(status, null, null, null);
    }
}
