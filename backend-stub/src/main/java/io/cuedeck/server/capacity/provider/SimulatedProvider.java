package io.cuedeck.server.capacity.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Capacity for rehearsals and the cost benchmark: units asked for come into service
 * {@code provision} after they were asked for (so ready-at is real and visible); fewer units are
 * given back at once, the ones still starting first. Its state lives in this node's memory: a
 * restarted node starts again at the baseline, and the scheduler asks again.
 */
public final class SimulatedProvider implements CapacityProvider {

    private record Batch(int units, Instant readyAt) {
    }

    private final Clock clock;
    private final Duration provision;
    private final Deque<Batch> batches = new ArrayDeque<>();

    public SimulatedProvider(Clock clock, Duration provision, int initialUnits) {
        this.clock = clock;
        this.provision = provision;
        if (initialUnits > 0) {
            batches.add(new Batch(initialUnits, Instant.MIN));
        }
    }

    @Override
    public String name() {
        return "simulated";
    }

    @Override
    public synchronized void setDesired(int units, DesiredRequest request) {
        int desired = desired();
        if (units > desired) {
            batches.addLast(new Batch(units - desired, clock.instant().plus(provision)));
            return;
        }
        int remove = desired - units;
        while (remove > 0) {
            Batch newest = batches.removeLast();
            if (newest.units() > remove) {
                batches.addLast(new Batch(newest.units() - remove, newest.readyAt()));
                remove = 0;
            } else {
                remove -= newest.units();
            }
        }
    }

    @Override
    public synchronized ProviderState state() {
        Instant now = clock.instant();
        int inService = 0;
        Instant readyAt = null;
        for (Batch b : batches) {
            if (!b.readyAt().isAfter(now)) {
                inService += b.units();
            } else if (readyAt == null || b.readyAt().isAfter(readyAt)) {
                readyAt = b.readyAt();
            }
        }
        return new ProviderState(desired(), inService, inService, readyAt);
    }

    private int desired() {
        return batches.stream().mapToInt(Batch::units).sum();
    }
}
