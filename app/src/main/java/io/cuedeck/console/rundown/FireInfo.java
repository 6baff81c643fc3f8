package io.cuedeck.console.rundown;

import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.console.FireStarted;
import java.time.Instant;

/** What the console knows of one fire: from the TAKE's receipt and the stream's fire events. */
public record FireInfo(String fireId, String cueId, CueKind kind, Instant closesAt, long targeted,
        boolean closed, boolean revealed) {

    static FireInfo of(FireStarted started) {
        return new FireInfo(started.fireId(), started.cueId(), started.kind(), started.closesAt(),
                started.targeted(), false, false);
    }

    static FireInfo of(FireReceipt receipt, CueKind kind) {
        return new FireInfo(receipt.fireId(), receipt.cueId(), kind, receipt.closesAt(), receipt.targeted(), false, false);
    }

    FireInfo closedNow() {
        return new FireInfo(fireId, cueId, kind, closesAt, targeted, true, revealed);
    }

    FireInfo revealedNow() {
        return new FireInfo(fireId, cueId, kind, closesAt, targeted, true, true);
    }

    boolean canReveal() {
        return kind != null && kind.hasOptions() && !revealed;
    }
}
