package io.cuedeck.protocol.reports;

import java.util.Map;

/**
 * The technical figure of a fire, kept apart from the funnel: socket writes, not viewers. A viewer
 * who reconnects, or has two sockets, is written to more than once, so {@code writes} may exceed
 * any step of the funnel. {@code writes} counts completed writes of the cue, {@code failed} writes
 * that failed, and {@code failuresByReason} splits {@code failed} by reason ({@code closed}: the
 * socket was closed; {@code timeout}: the write timed out; {@code error}: any other I/O error);
 * its values sum to {@code failed}.
 */
public record SocketWrites(long writes, long failed, Map<String, Long> failuresByReason) {

    public SocketWrites {
        failuresByReason = failuresByReason == null ? Map.of() : Map.copyOf(failuresByReason);
    }

    public static final SocketWrites NONE = new SocketWrites(0, 0, Map.of());
}
