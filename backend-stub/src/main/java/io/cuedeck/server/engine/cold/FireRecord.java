package io.cuedeck.server.engine.cold;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.FireReceipt;
import java.time.Instant;

/**
 * A fire as stored. {@code cue} is the cue's content frozen at the moment of the fire, so later
 * edits do not change what the report says was sent. {@code receipt} is the exact body the fire
 * request answered. {@code totals} is null until the fire is finalised (a little after it closes).
 *
 * <p>{@code sentAt} is null while the fire is <em>pending</em>: stored, but not yet known to have
 * been published to the nodes. A fire is stored pending before anything is sent and marked sent
 * once the publish succeeded, so a failure between the two leaves a pending record that the fire
 * list, the reports and the restorer ignore: a fire is either sent or not recorded as sent.
 *
 * <p>The store keeps two parts (see {@link ColdStore#putFire}): what was fired (everything but the
 * last four fields), written once, and {@code closedAt}, {@code revealedAt}, {@code totals} and
 * {@code sentAt}, each set once by whichever write carries it first.
 */
public record FireRecord(
        String showId,
        String fireId,
        Cue cue,
        String idempotencyKey,
        FireReceipt receipt,
        Instant closedAt,
        Instant revealedAt,
        FireTotals totals,
        Instant sentAt) {

    /** A fire that was sent when it was fired (how every fire before the pending step was stored). */
    public FireRecord(String showId, String fireId, Cue cue, String idempotencyKey, FireReceipt receipt,
            Instant closedAt, Instant revealedAt, FireTotals totals) {
        this(showId, fireId, cue, idempotencyKey, receipt, closedAt, revealedAt, totals, receipt.firedAt());
    }

    public Instant firedAt() {
        return receipt.firedAt();
    }

    /** True once the fire is known to have been published; false while it is pending. */
    public boolean sent() {
        return sentAt != null;
    }

    /** The part written once, when fired: this record without its close, reveal, totals and send. */
    public FireRecord asFired() {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, null, null, null, null);
    }

    /** This record with each of close, reveal, totals and send it lacks taken from the arguments (which may be null). */
    public FireRecord orElse(Instant closed, Instant revealed, FireTotals t, Instant sent) {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, closedAt != null ? closedAt : closed,
                revealedAt != null ? revealedAt : revealed, totals != null ? totals : t,
                sentAt != null ? sentAt : sent);
    }

    public FireRecord withClosedAt(Instant at) {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, at, revealedAt, totals, sentAt);
    }

    public FireRecord withRevealedAt(Instant at) {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, closedAt, at, totals, sentAt);
    }

    public FireRecord withTotals(FireTotals t) {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, closedAt, revealedAt, t, sentAt);
    }

    public FireRecord withSentAt(Instant at) {
        return new FireRecord(showId, fireId, cue, idempotencyKey, receipt, closedAt, revealedAt, totals, at);
    }
}
