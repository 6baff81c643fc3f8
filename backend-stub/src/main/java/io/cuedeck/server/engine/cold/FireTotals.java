package io.cuedeck.server.engine.cold;

/**
 * Delivery and ack figures of a finalised fire, copied from the hot engine so that reports
 * survive the loss of hot state. {@code latency} holds
 * {@link io.cuedeck.server.engine.hot.LatencyHistogram} bucket counts. {@code counts} holds every
 * figure of the fire's report as counted while the show ran ({@link FireCounts}: the unique-viewer
 * funnel, answers per option and language, the leaderboard...), null for fires finalised before it
 * existed, whose reports fall back to the stored answers. Stored as JSON with the totals, so it
 * needs no schema change in either store.
 */
public record FireTotals(long delivered, long failed, long acks, long[] latency, long maxLatencyMs, FireCounts counts) {

    public FireTotals(long delivered, long failed, long acks, long[] latency, long maxLatencyMs) {
        this(delivered, failed, acks, latency, maxLatencyMs, null);
    }
}
