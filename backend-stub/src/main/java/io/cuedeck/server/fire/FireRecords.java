package io.cuedeck.server.fire;

import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.FireLedger.LiveFire;

/**
 * Stored fires as the hot engine sees them. Changes to a stored fire (close, reveal, totals) need
 * no helper: {@link io.cuedeck.server.engine.cold.ColdStore#putFire} keeps every field that any
 * write set, so each caller writes its field onto the record it has, on any node, without a read.
 */
public final class FireRecords {

    private FireRecords() {
    }

    /** The ledger's view of a stored fire. */
    public static LiveFire liveFire(FireRecord f) {
        return new LiveFire(f.showId(), f.fireId(), f.cue().id(), f.cue().kind(), f.cue().options().size(),
                f.cue().correctOption(), f.receipt().firedAt(), f.receipt().closesAt(), f.receipt().targeted());
    }
}
