package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The state of one fire; answered by close and reveal. {@code closedAt} is null while answers are open. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fire(
        String fireId,
        String showId,
        String cueId,
        CueKind kind,
        Instant firedAt,
        Instant closesAt,
        Instant closedAt,
        Instant revealedAt,
        long targeted) {

    public boolean open() {
        return closedAt == null;
    }
}
