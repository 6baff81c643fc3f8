package io.cuedeck.protocol.console;

import java.time.Instant;

/** A fire's answer window closed, early by a host or by its timer. JSON type {@code closed}. */
public record FireClosed(String fireId, String cueId, Instant closedAt) implements ConsoleEvent {
}
