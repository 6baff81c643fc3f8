package io.cuedeck.server.audience;

import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.fire.FireCatalog;
import java.time.Clock;
import java.util.Optional;

/**
 * A viewer's receipt of a cue. Its latency is the server's clock at arrival minus the fire's
 * time, both on server clocks, so a viewer's wrong clock does not matter. Only the first ack of a
 * viewer for a fire counts (the ledger deduplicates, cluster-wide).
 */
public final class AckService {

    private final FireCatalog catalog;
    private final FireLedger ledger;
    private final Clock clock;

    private final ReachBatcher reach;

    public AckService(FireCatalog catalog, FireLedger ledger, Clock clock) {
        this(catalog, ledger, clock, null);
    }

    /**
     * With the batched counting: an ack is then only queued (the ledger's count and the funnel are
     * updated by {@link ReachBatcher#flush()}), so no engine call is made on the request thread
     * beyond finding the fire.
     */
    public AckService(FireCatalog catalog, FireLedger ledger, Clock clock, ReachBatcher reach) {
        this.reach = reach;
        this.catalog = catalog;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * True when {@link #ack} of this fire makes no engine call: the fire is in this node's catalog
     * and acks are counted in batches (or there is no fire id at all).
     */
    public boolean acksWithoutWaiting(String fireId) {
        return fireId == null || reach != null && catalog.isCached(fireId);
    }

    /** False when the show has no such fire that can still be acked (see {@link FireCatalog#findLive}). */
    public boolean ack(String showId, String viewerId, String fireId) {
        Optional<FireRecord> fire = fireId == null ? Optional.empty() : catalog.findLive(showId, fireId);
        if (fire.isEmpty()) {
            return false;
        }
        long millis = clock.millis() - fire.get().firedAt().toEpochMilli();
        if (reach != null) {
            reach.acked(showId, fireId, viewerId, millis);
        } else {
            ledger.ack(fireId, viewerId, millis);
        }
        return true;
    }
}
