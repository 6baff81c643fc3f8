package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostEvent;

/**
 * Tells people about a boost's transition or failure (Slack). Called on the scheduler's and the
 * request threads: an implementation must return at once and never throw.
 */
public interface Notifier {

    Notifier NONE = (boost, event) -> { };

    void boostChanged(Boost boost, BoostEvent event);
}
