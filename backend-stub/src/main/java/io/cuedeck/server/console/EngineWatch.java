package io.cuedeck.server.console;

import io.cuedeck.protocol.console.EngineStatus;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.hot.HotEngine;
import java.util.Optional;

/** The engines' health as consoles see it, and whether it changed since the last look. */
public final class EngineWatch {

    private final HotEngine hot;
    private final ColdStore cold;
    private EngineStatus last;

    public EngineWatch(HotEngine hot, ColdStore cold) {
        this.hot = hot;
        this.cold = cold;
        this.last = current();
    }

    public EngineStatus current() {
        boolean hotUp = hot.isUp();
        boolean coldUp = cold.isUp();
        String message = null;
        if (!hotUp && !coldUp) {
            message = "Both engines are unreachable: nothing can be fired or stored until they are back.";
        } else if (!hotUp) {
            message = "The " + hot.name() + " hot engine is unreachable: live counts and fires are paused.";
        } else if (!coldUp) {
            message = "The " + cold.name() + " store is unreachable: shows cannot change and answers are refused.";
        }
        return new EngineStatus(hot.name(), hotUp, cold.name(), coldUp, message);
    }

    /** The status when it differs from the one at the previous call (or at start). */
    public synchronized Optional<EngineStatus> changed() {
        EngineStatus now = current();
        boolean differs = !now.equals(last);
        last = now;
        return differs ? Optional.of(now) : Optional.empty();
    }
}
