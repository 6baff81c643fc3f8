package io.cuedeck.protocol.console;

/**
 * Sent every second: {@code t} is the second it describes (epoch milliseconds), {@code viewers}
 * the cluster-wide presence count, {@code heartbeatsPerSecond} the rate over the last 10 s,
 * {@code joins} and {@code leaves} the viewers who arrived or whose presence expired in that second.
 */
public record Tick(long t, long viewers, double heartbeatsPerSecond, long joins, long leaves, long sockets)
        implements ConsoleEvent {
}
