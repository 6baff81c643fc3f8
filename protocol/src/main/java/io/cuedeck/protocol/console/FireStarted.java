package io.cuedeck.protocol.console;

import io.cuedeck.protocol.CueKind;
import java.time.Instant;

/** A cue was fired (from any console, on any node). JSON type {@code fire}. */
public record FireStarted(String fireId, String cueId, CueKind kind, Instant firedAt, Instant closesAt, long targeted)
        implements ConsoleEvent {
}
