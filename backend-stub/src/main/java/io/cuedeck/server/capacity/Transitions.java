package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What follows a boost's stored transition, wherever it was made: counted in
 * {@code cuedeck_capacity_boost_transitions_total{status}} and notified. Called only after the
 * store accepted the write, so a transition another node won is neither counted nor sent twice.
 */
final class Transitions {

    private final MeterRegistry meters;
    private final Notifier notifier;

    Transitions(MeterRegistry meters, Notifier notifier) {
        this.meters = meters;
        this.notifier = notifier;
    }

    void stored(Boost boost) {
        BoostEvent event = BoostChanges.last(boost);
        if (event == null) {
            return;
        }
        Counter.builder("cuedeck.capacity.boost.transitions").description("boost transitions, by the status entered")
                .tag("status", event.status().wire()).register(meters).increment();
        notifier.boostChanged(boost, event);
    }
}
