package io.cuedeck.protocol;

import java.time.Instant;

/** A fire whose answer window is open, with its cluster-wide progress so far. */
public record OpenFire(
        String fireId,
        String cueId,
        CueKind kind,
        Instant firedAt,
        Instant closesAt,
        long targeted,
        long delivered,
        long failed,
        long acks,
        long answers) {
}
