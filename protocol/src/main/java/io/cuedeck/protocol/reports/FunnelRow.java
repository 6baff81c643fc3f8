package io.cuedeck.protocol.reports;

import io.cuedeck.protocol.CueKind;
import java.time.Instant;

/**
 * One line of the show report's fire table: which fire, and its {@link FireFunnel}, plus its ack
 * latency p95 in milliseconds (0 when nobody acked).
 */
public record FunnelRow(String fireId, String cueId, CueKind kind, String prompt, Instant firedAt,
        FireFunnel funnel, long ackP95Ms) {
}
