package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.CapacityPlan;
import io.cuedeck.protocol.capacity.CapacityState;
import io.cuedeck.server.capacity.provider.CapacityProvider;
import io.cuedeck.server.capacity.provider.ProviderCalls;
import io.cuedeck.server.capacity.provider.Providers;
import io.cuedeck.server.engine.cold.BoostStore;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.shows.ShowDirectory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The capacity feature of one node, wired once: boosts, the calendar, rundown and push boosts, the
 * provider, the scheduler with its lease, notifications and meters. {@code Node} makes one and
 * registers {@link #routes}; {@link #start()} and {@link #close()} follow the node's life.
 */
public final class Capacity implements AutoCloseable {

    private final CapacityConfig config;
    private final BoostStore store;
    private final ColdStore cold;
    private final ShowDirectory shows;
    private final Clock clock;
    private final CapacityProvider provider;
    private final SchedulerStatus status;
    private final SchedulerLoop loop;
    private final BoostService boosts;
    private final CalendarService calendar;
    private final RundownBoosts rundown;
    private final PlanMerger merger;
    private final Notifier notifier;
    private final ScheduledExecutorService polls = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cuedeck-calendar");
        t.setDaemon(true);
        return t;
    });

    public Capacity(CapacityConfig config, ColdStore cold, HotEngine hot, ShowDirectory shows, MeterRegistry meters,
            Clock clock, String nodeId) {
        this.config = config;
        this.store = cold.boosts();
        this.cold = cold;
        this.shows = shows;
        this.clock = clock;
        this.provider = Providers.create(config, clock);
        this.notifier = config.slackUrl() == null ? Notifier.NONE : new SlackNotifier(config.slackUrl(), meters);
        Transitions transitions = new Transitions(meters, notifier);
        this.status = new SchedulerStatus(provider.name(), config);
        Scheduler scheduler = new Scheduler(store, new ProviderCalls(provider), new HotAudience(hot.timeline(), shows),
                config, clock, transitions, status);
        this.loop = new SchedulerLoop(hot.capacity(), scheduler, status, nodeId, config.tick(), config.lease());
        this.boosts = new BoostService(store, new BoostRules(config, id -> shows.find(id).isPresent()), transitions,
                clock, loop::nudge);
        this.calendar = new CalendarService(store, new CalendarBoosts(store, boosts, config, clock), config, clock);
        this.rundown = new RundownBoosts(store, boosts, cold, config, clock);
        this.merger = new PlanMerger(config);
        Gauge.builder("cuedeck.capacity.desired.units", status.desired(), v -> units(v.get()))
                .description("units the provider was last asked for").register(meters);
        Gauge.builder("cuedeck.capacity.ready.units", status.ready(), v -> units(v.get()))
                .description("units ready for viewers").register(meters);
        Gauge.builder("cuedeck.capacity.in.service.units", status.inService(), v -> units(v.get()))
                .description("units the provider runs").register(meters);
    }

    private static double units(int value) {
        return value < 0 ? Double.NaN : value;
    }

    /** Starts the scheduler loop (it runs where this node holds the lease) and the calendar polls. */
    public void start() {
        loop.start();
        polls.scheduleWithFixedDelay(() -> {
            if (loop.leader()) {
                calendar.pollDue();
            }
        }, 30, 60, TimeUnit.SECONDS);
    }

    /** The routes, recording every boost change in the audit trail. */
    public CapacityRoutes routes(io.cuedeck.server.audit.Audit audit) {
        return new CapacityRoutes(this, audit);
    }

    public BoostService boosts() {
        return boosts;
    }

    /** Rundown-planned boosts and push fires (the show and cue services and the fire path call it). */
    public RundownBoosts rundown() {
        return rundown;
    }

    CalendarService calendar() {
        return calendar;
    }

    /**
     * The provider's state as the scheduler's node last saw it, with the calendar subscriptions, and
     * for {@code showId} (may be null) the end of its last stored viewer snapshot.
     */
    public CapacityState state(String showId) {
        CapacityState s = loop.state().orElseGet(() -> waiting());
        Instant snapshot = null;
        if (showId != null) {
            shows.require(showId);
            List<io.cuedeck.server.engine.cold.ViewerSnapshot> stored = cold.snapshots(showId);
            if (!stored.isEmpty()) {
                var last = stored.get(stored.size() - 1);
                snapshot = Instant.ofEpochSecond(last.startSecond() + last.viewers().length);
            }
        }
        return new CapacityState(s.provider(), s.desiredUnits(), s.readyUnits(), s.inServiceUnits(), s.readyAt(),
                s.reachable(), s.lastError(), s.lastErrorAt(), s.lastAction(), s.leader(), s.checkedAt(),
                s.viewersPerUnit(), s.baselineUnits(), s.maxUnits(), store.subscriptions(), snapshot);
    }

    private CapacityState waiting() {
        return new CapacityState(provider.name(), 0, 0, 0, null, false,
                "No node runs the capacity scheduler yet; it starts within " + config.lease().toSeconds() + " s.",
                clock.instant(), null, null, null, config.viewersPerUnit(), config.baselineUnits(), config.maxUnits(),
                List.of(), null);
    }

    /** Desired units per minute over {@code [from, to)}, by default the past day and the next two. */
    public CapacityPlan plan(Instant from, Instant to) {
        Instant now = clock.instant();
        Instant a = (from == null ? now.minus(Duration.ofDays(1)) : from).truncatedTo(ChronoUnit.MINUTES);
        Instant b = to == null ? now.plus(Duration.ofDays(2)) : to;
        if (!b.isAfter(a)) {
            throw ApiException.validation("to", "to must be after from.");
        }
        if (Duration.between(a, b).compareTo(PlanMerger.LONGEST_RANGE) > 0) {
            throw ApiException.validation("to", "A plan covers at most 8 days at once.");
        }
        java.util.Map<String, Boost> in = new java.util.LinkedHashMap<>();
        store.between(a, b, null).forEach(x -> in.put(x.id(), x));
        store.unfinished().forEach(x -> in.putIfAbsent(x.id(), x)); // a boost holding past its end
        int[] units = merger.plan(List.copyOf(in.values()), a, b, now);
        return new CapacityPlan(a, b, 60, config.baselineUnits(), config.maxUnits(), config.viewersPerUnit(),
                Arrays.stream(units).boxed().toList());
    }

    public CapacityConfig config() {
        return config;
    }

    @Override
    public void close() {
        rundown.close();
        polls.shutdownNow();
        loop.close();
        if (notifier instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // a notifier that cannot close has nothing to lose
            }
        }
    }
}
