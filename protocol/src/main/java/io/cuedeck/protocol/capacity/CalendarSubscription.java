package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A calendar URL imported once and polled since: its {@code id}, when it was last read, how many
 * boosts it holds now, and the last error in words (absent when the last poll worked).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarSubscription(String id, String url, Instant addedAt, Instant lastPolledAt, int boosts,
        String lastError) {
}
