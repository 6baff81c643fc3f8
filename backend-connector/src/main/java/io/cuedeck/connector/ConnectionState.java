package io.cuedeck.connector;

import java.time.Instant;

/**
 * The console stream's connection, for the status bar. While {@code RECONNECTING}, {@code attempt}
 * counts tries since the link broke and {@code nextAttemptAt} says when the next one starts;
 * {@code reason} says in words why the link is not live (null when live).
 */
public record ConnectionState(Phase phase, int attempt, Instant nextAttemptAt, String reason) {

    public enum Phase { CONNECTING, LIVE, RECONNECTING, LOST, CLOSED }

    public static ConnectionState connecting() {
        return new ConnectionState(Phase.CONNECTING, 0, null, null);
    }

    public static ConnectionState live() {
        return new ConnectionState(Phase.LIVE, 0, null, null);
    }

    /** Not live; try {@code attempt} starts at {@code nextAttemptAt} (null while that is being worked out). */
    public static ConnectionState reconnecting(int attempt, Instant nextAttemptAt, String reason) {
        return new ConnectionState(Phase.RECONNECTING, attempt, nextAttemptAt, reason);
    }

    /** Given up: the token was refused, the show is unknown, or every try failed. Only {@link ConsoleStream#reconnectNow()} or a new stream brings it back. */
    public static ConnectionState lost(String reason) {
        return new ConnectionState(Phase.LOST, 0, null, reason);
    }

    public static ConnectionState closed() {
        return new ConnectionState(Phase.CLOSED, 0, null, "The stream was closed.");
    }

    public boolean isLive() {
        return phase == Phase.LIVE;
    }
}
