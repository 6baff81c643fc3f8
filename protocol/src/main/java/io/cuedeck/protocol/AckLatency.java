package io.cuedeck.protocol;

/** Milliseconds from a fire to the viewers' acks reaching the server; zeros when nobody acked. */
public record AckLatency(long p50, long p95, long p99, long max) {

    public static final AckLatency NONE = new AckLatency(0, 0, 0, 0);
}
