package io.cuedeck.server.fire;

import io.cuedeck.protocol.Fire;
import io.cuedeck.server.bus.BusMessage;
import io.cuedeck.server.bus.BusRelay;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.IdempotencyKeys.Claim;
import io.cuedeck.server.http.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Closing by a host, revealing results, and the API view of fires. Both are idempotent: a repeated call answers the
 * fire's current state and sends nothing. A reveal is claimed under {@code reveal:<fireId>} so
 * that one node, once, sends the results.
 */
public final class FireControl {

    private final HotEngine hot;
    private final ColdStore cold;
    private final FireCatalog catalog;
    private final FireCloser closer;
    private final BusRelay bus;
    private final Clock clock;

    public FireControl(HotEngine hot, ColdStore cold, FireCatalog catalog, FireCloser closer, BusRelay bus,
            Clock clock) {
        this.hot = hot;
        this.cold = cold;
        this.catalog = catalog;
        this.closer = closer;
        this.bus = bus;
        this.clock = clock;
    }

    public Fire close(String showId, String fireId) {
        FireRecord fire = catalog.require(showId, fireId);
        closer.close(fire, clock.instant());
        return view(fire);
    }

    public Fire reveal(String showId, String fireId) {
        FireRecord fire = catalog.require(showId, fireId);
        if (!fire.cue().kind().hasOptions()) {
            throw ApiException.conflict("conflict", "Only polls and quizzes have results to reveal.");
        }
        closer.close(fire, clock.instant());
        String key = "reveal:" + fireId;
        if (hot.idempotency().claim(key, FireService.KEY_TTL) instanceof Claim.Won) {
            try {
                Instant at = clock.instant();
                List<Long> counts = counts(fire);
                cold.putFire(fire.withRevealedAt(at));
                bus.publish(new BusMessage.ResultsSent(showId, fireId, fire.cue().id(), counts,
                        fire.cue().correctOption()));
                hot.idempotency().complete(key, at.toString(), FireService.KEY_TTL);
            } catch (RuntimeException e) {
                hot.idempotency().release(key);
                throw e;
            }
        }
        return view(fire);
    }

    /** Counts per option: the ledger's live tally, or the stored answers when it has none. */
    private List<Long> counts(FireRecord fire) {
        long[] counts = hot.fires().stats(fire.fireId()).map(s -> s.counts()).orElseGet(() -> {
            long[] c = new long[fire.cue().options().size()];
            for (AnswerRecord a : cold.answers(fire.showId(), fire.fireId())) {
                if (a.choice() != null && a.choice() >= 0 && a.choice() < c.length) {
                    c[a.choice()]++;
                }
            }
            return c;
        });
        List<Long> out = new ArrayList<>();
        for (long c : counts) {
            out.add(c);
        }
        return out;
    }

    /** The fire as the API shows it: close time from the ledger (the truth while live), reveal from the store. */
    public Fire view(FireRecord cached) {
        FireRecord stored = cold.fire(cached.showId(), cached.fireId()).orElse(cached);
        Instant closedAt = hot.fires().get(cached.fireId()).map(s -> s.closedAt()).orElse(stored.closedAt());
        return new Fire(stored.fireId(), stored.showId(), stored.cue().id(), stored.cue().kind(), stored.firedAt(),
                stored.receipt().closesAt(), closedAt, stored.revealedAt(), stored.receipt().targeted());
    }

    public List<Fire> list(String showId) {
        return cold.fires(showId).stream().filter(FireRecord::sent).map(this::view).toList();
    }
}
