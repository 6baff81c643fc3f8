package io.cuedeck.server.audit;

import io.cuedeck.protocol.Fire;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireRequest;
import io.cuedeck.server.Json;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * The audit entries of the fire routes. A fire is recorded once per Idempotency-Key (its retries
 * answer the same receipt and add nothing); a close or a reveal only when this request (or one at
 * the same moment) did it, not when the window had closed by itself before, and once per fire.
 */
public final class FireAudit {

    private FireAudit() {
    }

    public static void fired(Audit audit, Context ctx, String showId, String key, FireRequest request, String receiptJson) {
        FireReceipt receipt = Json.read(receiptJson, FireReceipt.class);
        boolean refire = request != null && Boolean.TRUE.equals(request.refire());
        audit.recordOnce(ctx, showId, "fire:" + key, "cue.fired", receipt.cueId(), "fire " + receipt.fireId() + " to "
                + receipt.targeted() + " connected viewers" + (refire ? " (re-fire)" : ""));
    }

    public static void closed(Audit audit, Context ctx, Fire fire, Instant requested) {
        if (fire.closedAt() != null && !fire.closedAt().isBefore(requested)) {
            audit.recordOnce(ctx, fire.showId(), "close:" + fire.fireId(), "fire.closed", fire.fireId(),
                    "closed the answer window of cue " + fire.cueId());
        }
    }

    public static void revealed(Audit audit, Context ctx, Fire fire, Instant requested) {
        if (fire.revealedAt() != null && !fire.revealedAt().isBefore(requested)) {
            audit.recordOnce(ctx, fire.showId(), "reveal:" + fire.fireId(), "fire.revealed", fire.fireId(),
                    "revealed the results of cue " + fire.cueId());
        }
    }
}
