package io.cuedeck.protocol.console;

import java.util.List;

/** Results were sent to viewers. JSON type {@code revealed}. */
public record ResultsRevealed(String fireId, String cueId, List<Long> counts, Integer correctOption)
        implements ConsoleEvent {
}
