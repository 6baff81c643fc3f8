package io.cuedeck.server.engine.cold;

/**
 * Delivery and ack figures of a finalised fire, copied from the hot engine so that reports
 * survive the loss of hot state. {@code latency} holds
 * {@link io.cuedeck.server.engine.hot.LatencyHistogram} bucket counts. Answer counts are not here:
 * they are derived from the stored answers.
 */
public record FireTotals(long delivered, long failed, long acks, long[] latency, long maxLatencyMs) {
}
