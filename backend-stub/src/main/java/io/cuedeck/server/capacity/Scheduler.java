package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.server.capacity.provider.ProviderCalls;
import io.cuedeck.server.capacity.provider.ProviderException;
import io.cuedeck.server.capacity.provider.ProviderState;
import io.cuedeck.server.engine.cold.BoostStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides and takes the capacity actions; only the node holding the lease calls {@link #tick}.
 * Everything it knows of time comes from the injected {@link Clock}.
 *
 * <p>Each tick: boosts whose start minus lead has come start scaling up; boosts past their end
 * scale down once the audience has needed fewer units than the boost for the quiet period, and hold
 * until then. The desired units are the highest of every boost still in force (never below the
 * baseline, never above the maximum). When they differ from what was last asked, or the provider
 * runs fewer, one action is asked for through the {@link ActionLog} (stored with its own id before
 * the provider hears of it). Then the provider's ready units move
 * boosts to ready. A provider failure after the retries marks the boosts it concerned failed, with
 * the error; the next ticks keep trying, and a success moves them on.
 */
public final class Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final BoostStore store;
    private final ProviderCalls provider;
    private final Audience audience;
    private final CapacityConfig config;
    private final Clock clock;
    private final Transitions transitions;
    private final SchedulerStatus status;
    private final ActionLog actions;

    Scheduler(BoostStore store, ProviderCalls provider, Audience audience, CapacityConfig config, Clock clock,
            Transitions transitions, SchedulerStatus status) {
        this.store = store;
        this.provider = provider;
        this.audience = audience;
        this.config = config;
        this.clock = clock;
        this.transitions = transitions;
        this.status = status;
        this.actions = new ActionLog(store, provider, status);
    }

    /** One look at the boosts and the provider; never throws (a failure is kept as the last error). */
    public synchronized void tick() {
        Instant now = clock.instant();
        List<Boost> boosts = new ArrayList<>();
        try {
            Integer lastDesired = actions.lastDesired(now);
            for (Boost b : store.unfinished()) {
                boosts.add(timeStep(b, now));
            }
            Optional<Boost> driver = boosts.stream().filter(b -> wantsUnits(b, now))
                    .max(Comparator.comparingInt(Boost::units));
            int desired = config.clamp(driver.map(Boost::units).orElse(0));
            ProviderState before = provider.state();
            status.seen(before, now);
            boolean acted = true;
            if (lastDesired == null || desired != lastDesired || before.desired() < desired) {
                acted = act(desired, driver.orElse(null), boosts, now);
            }
            ProviderState after = acted ? provider.state() : before;
            status.seen(after, now);
            follow(boosts, after, acted, desired, now);
            if (acted) {
                status.ok();
            }
        } catch (ProviderException e) {
            status.failed(e.getMessage(), now);
            markFailed(boosts, e, now);
        } catch (RuntimeException e) {
            LOG.warn("the capacity scheduler's tick failed: {}", e.toString());
            status.failed("The scheduler could not run: " + e.getMessage(), now);
        }
    }

    /** This node (again) holds the lease: the next tick starts from the stored actions, not from memory. */
    synchronized void tookOver() {
        actions.forget();
    }

    /** The moves that time alone makes: planned to scaling up; past the end to holding or scaling down. */
    private Boost timeStep(Boost b, Instant now) {
        if (b.status() == BoostStatus.PLANNED && !now.isBefore(b.scaleUpAt())) {
            return move(b, BoostStatus.SCALING_UP, now, "Asking for " + b.units() + " units"
                    + (b.leadMinutes() == 0 ? " now." : ", " + b.leadMinutes() + " min before the start."));
        }
        boolean past = !now.isBefore(b.end());
        if (!past || b.status() == BoostStatus.SCALING_DOWN || b.status() == BoostStatus.PLANNED) {
            return b;
        }
        boolean quiet = quiet(b, now);
        if (quiet && b.status() != BoostStatus.FAILED) {
            return move(b, BoostStatus.SCALING_DOWN, now, "Ended, and the audience has needed fewer than " + b.units()
                    + " units for the last " + config.quiet().toMinutes() + " min.");
        }
        if (!quiet && (b.status() == BoostStatus.READY || b.status() == BoostStatus.SCALING_UP)) {
            return move(b, BoostStatus.HOLDING, now, "Ended, but the audience still needs " + b.units()
                    + " units: holding until it has needed fewer for " + config.quiet().toMinutes() + " min.");
        }
        return b;
    }

    private boolean quiet(Boost b, Instant now) {
        long peak = audience.peakViewers(b.showId(), now.minus(config.quiet()), now);
        return config.unitsFor(peak) < b.units();
    }

    /** True while the boost's units must be there. */
    private boolean wantsUnits(Boost b, Instant now) {
        return switch (b.status()) {
            case SCALING_UP, READY, HOLDING -> true;
            case FAILED -> now.isBefore(b.end()) || !quiet(b, now);
            default -> false;
        };
    }

    private boolean act(int desired, Boost driver, List<Boost> boosts, Instant now) {
        try {
            actions.ask(desired, driver, now);
            return true;
        } catch (ProviderException e) {
            markFailed(boosts, e, now);
            return false;
        }
    }

    /** The boosts waiting on the provider are failed, with its error (once per distinct error). */
    private void markFailed(List<Boost> boosts, ProviderException e, Instant now) {
        for (int i = 0; i < boosts.size(); i++) {
            Boost b = boosts.get(i);
            boolean concerned = b.status() == BoostStatus.SCALING_UP || b.status() == BoostStatus.SCALING_DOWN
                    || (b.status() == BoostStatus.FAILED && !e.getMessage().equals(b.lastError()));
            if (concerned) {
                boosts.set(i, move(b, BoostStatus.FAILED, now, e.getMessage()));
            }
        }
    }

    /** The provider's answer moves boosts on: units ready, scale-down accepted, a failure recovered. */
    private void follow(List<Boost> boosts, ProviderState state, boolean acted, int desired, Instant now) {
        for (Boost b : boosts) {
            BoostStatus s = b.status();
            if (s == BoostStatus.FAILED && acted) {
                b = wantsUnits(b, now) ? move(b, BoostStatus.SCALING_UP, now, "The provider answers again; asking for "
                        + b.units() + " units.") : move(b, BoostStatus.DONE, now, "Scaled down to " + desired + " units.");
                s = b.status();
            }
            if (s == BoostStatus.SCALING_UP) {
                if (state.ready() >= b.units() && desired >= b.units()) {
                    move(b, BoostStatus.READY, now, b.units() + " units ready (" + state.ready() + " in service).");
                } else if (state.readyAt() != null && !state.readyAt().equals(b.readyAt())) {
                    store.replace(BoostChanges.expectedReady(b, state.readyAt()), b.version());
                }
            } else if (s == BoostStatus.SCALING_DOWN && acted) {
                move(b, BoostStatus.DONE, now, "Scaled down to " + desired + " units.");
            }
        }
    }

    /** Stores the move if nobody changed the boost meanwhile; then counts and notifies it. */
    private Boost move(Boost b, BoostStatus to, Instant now, String detail) {
        Boost next = BoostChanges.moved(b, to, now, detail);
        if (!store.replace(next, b.version())) {
            return store.get(b.id()).orElse(b); // edited or moved elsewhere: the next tick sees it
        }
        transitions.stored(next);
        return next;
    }
}
