package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostDraft;
import io.cuedeck.protocol.capacity.BoostNow;
import io.cuedeck.protocol.capacity.BoostSource;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.server.Ids;
import io.cuedeck.server.engine.cold.BoostStore;
import io.cuedeck.server.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Boosts as producers, hosts and push servers change them: validated by {@link BoostRules}, stored
 * with versions (a concurrent change by the scheduler is read again and the edit applied on top),
 * and each stored transition counted and notified. Deleting cancels: the boost stays, with its
 * history, and stops asking for units at once; putting it back ({@code PUT}) plans it again.
 */
public final class BoostService {

    private static final int MAX_TRIES = 10;

    private final BoostStore store;
    private final BoostRules rules;
    private final Transitions transitions;
    private final Clock clock;
    private final Runnable changed;

    BoostService(BoostStore store, BoostRules rules, Transitions transitions, Clock clock, Runnable changed) {
        this.store = store;
        this.rules = rules;
        this.transitions = transitions;
        this.clock = clock;
        this.changed = changed;
    }

    public Boost create(BoostDraft draft) {
        Instant now = clock.instant();
        BoostRules.Valid v = rules.draft(draft, now, null);
        Boost boost = BoostChanges.created(Ids.newId(), v, v.title(), BoostSource.MANUAL, null, null, null, now,
                "Added by hand: " + v.units() + " units.");
        store.create(boost);
        stored(boost);
        return boost;
    }

    /** Boosts whose window overlaps {@code [from, to)}; by default the past day and the next two. */
    public List<Boost> list(Instant from, Instant to) {
        Instant now = clock.instant();
        Instant a = from == null ? now.minus(Duration.ofDays(1)) : from;
        Instant b = to == null ? now.plus(Duration.ofDays(2)) : to;
        if (!b.isAfter(a)) {
            throw ApiException.validation("to", "to must be after from.");
        }
        if (Duration.between(a, b).compareTo(Duration.ofDays(62)) > 0) {
            throw ApiException.validation("to", "Ask for at most 62 days at once.");
        }
        return store.between(a, b, null);
    }

    public Boost get(String id) {
        return store.get(id).orElseThrow(() -> ApiException.notFound("There is no boost '" + id + "'."));
    }

    /** Replaces the content; a cancelled boost is planned again, a finished one cannot change. */
    public Boost update(String id, BoostDraft draft) {
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            Boost current = get(id);
            if (current.status() == BoostStatus.DONE) {
                throw ApiException.conflict("conflict", "This boost is over; add a new one instead.");
            }
            Instant now = clock.instant();
            BoostRules.Valid v = rules.draft(draft, now, current.start());
            Boost next = BoostChanges.content(current, v, v.title(), now);
            if (current.status() == BoostStatus.CANCELLED) {
                next = BoostChanges.moved(withVersion(next, current.version()), BoostStatus.PLANNED, now,
                        "Put back by hand: " + v.units() + " units.");
            }
            if (store.replace(next, current.version())) {
                if (next.status() != current.status()) {
                    transitions.stored(next);
                }
                changed.run();
                return next;
            }
        }
        throw ApiException.conflict("conflict", "The boost keeps changing; reload it and try again.");
    }

    /** Cancels the boost (204); cancelling a cancelled boost changes nothing. */
    public void cancel(String id, String why) {
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            Boost current = get(id);
            if (current.status().finished()) {
                return;
            }
            Boost next = BoostChanges.moved(current, BoostStatus.CANCELLED, clock.instant(), why);
            if (store.replace(next, current.version())) {
                stored(next);
                return;
            }
        }
        throw ApiException.conflict("conflict", "The boost keeps changing; reload it and try again.");
    }

    /** Capacity at once, for an unplanned moment: a boost from now for its hold minutes, no lead. */
    public Boost now(BoostNow request) {
        Instant now = clock.instant();
        BoostRules.Valid v = rules.now(request, now);
        int hold = (int) Duration.between(v.start(), v.end()).toMinutes();
        Boost boost = BoostChanges.created(Ids.newId(), v, "Boost now: " + v.title(), BoostSource.PUSH, null, v.title(),
                hold, now, "Asked for at once: " + v.units() + " units for " + hold + " min.");
        store.create(boost);
        stored(boost);
        return boost;
    }

    /** A boost made elsewhere in this package (calendar, rundown, push) was stored. */
    void stored(Boost boost) {
        transitions.stored(boost);
        changed.run();
    }

    private static Boost withVersion(Boost b, long version) {
        return new Boost(b.id(), b.showId(), b.title(), b.start(), b.end(), b.targetUnits(), b.expectedViewers(),
                b.units(), b.leadMinutes(), b.holdMinutes(), b.source(), b.status(), b.ref(), b.reason(), b.readyAt(),
                b.lastError(), b.history(), b.createdAt(), b.updatedAt(), version);
    }
}
