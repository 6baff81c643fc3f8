package io.cuedeck.protocol;

import java.time.Instant;

/**
 * Answer to a fire (202). {@code targeted} is the number of viewer sockets connected to the show,
 * across all nodes, at the instant of the fire. A repeated Idempotency-Key returns this same body.
 */
public record FireReceipt(String fireId, String cueId, Instant firedAt, Instant closesAt, long targeted) {
}
