package io.cuedeck.server.fire;

import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.http.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What was fired, by fire id: the frozen cue, times and targets, which never change after the
 * fire. Filled from the bus as fires happen, read through to the cold store for fires this node
 * has not seen, so acks and answers do not read the cold store each. Only the immutable parts of
 * a cached record may be used: close and reveal times live in the ledger and the cold store.
 *
 * <p>Viewer traffic goes through {@link #findLive}, which reads the cold store only for fires the
 * ledger knows: a viewer naming made-up fire ids, one per frame, costs a hot-engine lookup per
 * message (what a real ack costs) and never a cold read. A negative cache would not do: every
 * frame can name a new id.
 */
public final class FireCatalog {

    private static final Duration KEEP = Duration.ofHours(25);

    private final ColdStore cold;
    private final FireLedger ledger;
    private final ConcurrentHashMap<String, FireRecord> fires = new ConcurrentHashMap<>();

    public FireCatalog(ColdStore cold, FireLedger ledger) {
        this.cold = cold;
        this.ledger = ledger;
    }

    public void remember(FireRecord fire) {
        fires.put(fire.fireId(), fire);
    }

    /** True when this node holds the fire in memory: {@link #findLive} then answers without an engine call. */
    public boolean isCached(String fireId) {
        return fires.containsKey(fireId);
    }

    /** A fire that was sent (a pending one, stored but not yet published, is not found). */
    public Optional<FireRecord> find(String showId, String fireId) {
        FireRecord cached = fires.get(fireId);
        if (cached != null) {
            return cached.showId().equals(showId) ? Optional.of(cached) : Optional.empty();
        }
        Optional<FireRecord> stored = cold.fire(showId, fireId).filter(FireRecord::sent);
        stored.ifPresent(this::remember);
        return stored;
    }

    /**
     * A fire viewers may still ack or answer: one this node has seen, or one of the show that the
     * ledger knows (read from the cold store once, then kept). Empty for any other id, without a
     * cold read: a fire the ledger does not know can be neither acked nor answered anyway.
     */
    public Optional<FireRecord> findLive(String showId, String fireId) {
        FireRecord cached = fires.get(fireId);
        if (cached != null) {
            return cached.showId().equals(showId) ? Optional.of(cached) : Optional.empty();
        }
        boolean live = ledger.get(fireId).map(state -> state.fire().showId().equals(showId)).orElse(false);
        return live ? find(showId, fireId) : Optional.empty();
    }

    /** The fire, or 404 naming it. */
    public FireRecord require(String showId, String fireId) {
        return find(showId, fireId).orElseThrow(
                () -> ApiException.notFound("There is no fire '" + fireId + "' in show '" + showId + "'."));
    }

    /** Drops fires older than a day; called now and then by a timer. */
    public void forgetOld(Instant now) {
        Instant horizon = now.minus(KEEP);
        fires.values().removeIf(f -> f.firedAt().isBefore(horizon));
    }
}
