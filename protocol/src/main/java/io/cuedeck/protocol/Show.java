package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A show as the API returns it. {@code liveAt} and {@code endedAt} are set by status changes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Show(
        String id,
        String title,
        ShowStatus status,
        Instant scheduledStart,
        Instant scheduledEnd,
        Instant createdAt,
        Instant liveAt,
        Instant endedAt) {
}
