package io.cuedeck.server.engine.cold;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.FireReceipt;
import java.time.Instant;

/**
 * A fire as stored. {@code cue} is the cue's content frozen at the moment of the fire, so later
 * edits do not change what the report says was sent. {@code receipt} is the exact body the fire
 * request answered. {@code totals} is null until the fire is finalised (a little after it closes).
 *
 * <p>The store keeps two parts (see {@link ColdStore#putFire}): what was fired (everything but the
 * last three fields), written once, and {@code closedAt}, {@code revealedAt} and {@code totals},
 * each set once by whichever write carries it first.
 */
public record FireRecord(
        String showId,
        String fireId,
        Cue cue,
        String idempotencyKey,
        FireReceipt receipt,
        Instant closedAt,
        Instant revealedAt,
        FireTotals totals) {

    public Instant firedAt() {
        return receipt.firedAt();
    }

    /** The part written once, when fired: this record without its close, reveal and totals. */
    public FireRecord asFired() {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, null, null, null);
    }

    /** This record with each of close, reveal and totals it lacks taken from the arguments (which may be null). */
    public FireRecord orElse(Instant closed, Instant revealed, FireTotals t) {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, closedAt != null ? closedAt : closed,
                revealedAt != null ? revealedAt : revealed, totals != null ? totals : t);
    }

    public FireRecord withClosedAt(Instant at) {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, at, revealedAt, totals);
    }

    public FireRecord withRevealedAt(Instant at) {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, closedAt, at, totals);
    }

    public FireRecord withTotals(FireTotals t) {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, closedAt, revealedAt, t);
    }
}
