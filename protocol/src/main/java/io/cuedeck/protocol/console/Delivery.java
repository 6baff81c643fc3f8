package io.cuedeck.protocol.console;

/**
 * Progress of an open fire, sent every second while its window is open and once more after it
 * closes. {@code ackP95Ms} is the running 95th percentile of ack latency.
 */
public record Delivery(String fireId, long targeted, long delivered, long failed, long acks, long ackP95Ms)
        implements ConsoleEvent {
}
