package io.cuedeck.server.capacity;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostSource;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.server.engine.cold.BoostStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A push cue was fired: unless a boost in force now (of the cue's show or of every show) already
 * asks for the units of {@code CUEDECK_PUSH_VIEWERS}, a push boost starts at once for
 * {@code CUEDECK_PUSH_HOLD_MINUTES}. Its id comes from the fire, so a fire reported twice boosts once.
 */
final class PushBoosts {

    private final BoostStore store;
    private final BoostService boosts;
    private final CapacityConfig config;
    private final Clock clock;

    PushBoosts(BoostStore store, BoostService boosts, CapacityConfig config, Clock clock) {
        this.store = store;
        this.boosts = boosts;
        this.config = config;
        this.clock = clock;
    }

    void fired(Cue cue, FireReceipt receipt) {
        Instant now = clock.instant();
        int units = Math.min(config.maxUnits(), config.unitsFor(config.pushViewers()));
        Instant until = now.plus(config.pushHold());
        for (Boost b : store.unfinished()) {
            boolean inForce = b.status() == BoostStatus.SCALING_UP || b.status() == BoostStatus.READY
                    || b.status() == BoostStatus.HOLDING
                    || (b.status() == BoostStatus.PLANNED && !b.scaleUpAt().isAfter(now));
            // in force now with enough units: past its end it holds while the audience needs it
            boolean covers = inForce && b.units() >= units && (b.end().isAfter(now) || b.status() == BoostStatus.HOLDING)
                    && (b.showId() == null || Objects.equals(b.showId(), cue.showId()));
            if (covers) {
                return;
            }
        }
        String ref = "push:" + cue.showId() + ":fire:" + receipt.fireId();
        BoostRules.Valid v = new BoostRules.Valid(cue.showId(), "Push: " + cueTitle(cue), now, until, null,
                config.pushViewers(), units, 0);
        Boost b = BoostChanges.created(StableIds.of(ref), v, v.title(), BoostSource.PUSH, ref,
                "A push cue was fired and no boost covered it", (int) config.pushHold().toMinutes(), now,
                "A push cue was fired and no boost covered it: " + units + " units now.");
        if (store.create(b)) {
            boosts.stored(b);
        }
    }

    private static String cueTitle(Cue cue) {
        String text = cue.prompt().getOrDefault(cue.defaultLang(), cue.prompt().values().iterator().next());
        return text.length() > 60 ? text.substring(0, 59) + "\u2026" : text;
    }
}
