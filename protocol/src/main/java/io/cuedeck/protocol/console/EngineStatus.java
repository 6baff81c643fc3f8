package io.cuedeck.protocol.console;

/**
 * Sent on connect and whenever an engine goes down or comes back; {@code message} says in words
 * what does not work meanwhile (null when all is well). JSON type {@code engines}.
 */
public record EngineStatus(String hot, boolean hotUp, String cold, boolean coldUp, String message)
        implements ConsoleEvent {
}
