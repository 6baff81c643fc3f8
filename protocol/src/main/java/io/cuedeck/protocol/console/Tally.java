package io.cuedeck.protocol.console;

import java.util.List;

/** Live answer counts of a fire: one count per option (empty for questions), sent when they change. */
public record Tally(String fireId, List<Long> counts, long answers) implements ConsoleEvent {
}
