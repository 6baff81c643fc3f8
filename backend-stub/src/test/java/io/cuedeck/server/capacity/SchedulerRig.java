package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostSource;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.server.capacity.provider.CapacityProvider;
import io.cuedeck.server.capacity.provider.ProviderCalls;
import io.cuedeck.server.capacity.provider.ProviderException;
import io.cuedeck.server.capacity.provider.ProviderState;
import io.cuedeck.server.capacity.provider.SimulatedProvider;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.Timeline;
import io.cuedeck.server.engine.hot.memory.MemoryHotEngine;
import io.cuedeck.server.shows.ShowDirectory;
import io.cuedeck.server.testing.ManualClock;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;

/**
 * A scheduler on a manual clock over the real SQLite store, the real memory engine's timeline (the
 * audience) and the simulated provider (180 s to provision), with every request to the provider
 * recorded. {@link #restart()} builds a new scheduler on the reopened store, as a new node would,
 * while the provider (the outside world) stays as it was.
 */
final class SchedulerRig implements AutoCloseable {

    /** What the provider was asked: units and the action id. */
    record Asked(int units, String actionId) {
    }

    /** Thrown by the provider wrapper to stop the scheduler dead, as a SIGKILL would. */
    static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }

    static final Instant T0 = Instant.parse("2026-12-04T17:00:00Z");

    final ManualClock clock = new ManualClock(T0);
    final CapacityConfig config;
    final Path dir = TestServer.tempDir();
    final MemoryHotEngine hot = new MemoryHotEngine(clock);
    final SimulatedProvider simulated;
    final List<Asked> asked = new CopyOnWriteArrayList<>();
    final Notified notified = new Notified();
    volatile IntPredicate killBeforeAsking = units -> false;
    volatile IntPredicate killAfterAsking = units -> false;
    volatile String failWith;
    ColdStore cold = SqliteColdStore.open(dir);
    Scheduler scheduler;
    SchedulerStatus status;

    SchedulerRig() {
        this(Map.of());
    }

    SchedulerRig(Map<String, String> settings) {
        config = CapacityConfig.from(ConfigSource.of(withUnitOf5000(settings)));
        simulated = new SimulatedProvider(clock, config.simProvision(), config.baselineUnits());
        scheduler = newScheduler();
    }

    private Scheduler newScheduler() {
        CapacityProvider recording = new CapacityProvider() {
            public String name() {
                return "simulated";
            }

            public void setDesired(int units, DesiredRequest request) throws ProviderException {
                if (failWith != null) {
                    throw new ProviderException(failWith, true);
                }
                if (killBeforeAsking.test(units)) {
                    throw new Killed();
                }
                asked.add(new Asked(units, request.actionId()));
                simulated.setDesired(units, request);
                if (killAfterAsking.test(units)) {
                    throw new Killed();
                }
            }

            public ProviderState state() throws ProviderException {
                if (failWith != null) {
                    throw new ProviderException(failWith, true);
                }
                return simulated.state();
            }
        };
        status = new SchedulerStatus("simulated", config);
        Audience audience = new HotAudience(hot.timeline(), new ShowDirectory(cold));
        return new Scheduler(cold.boosts(), new ProviderCalls(recording, millis -> { }), audience, config, clock,
                new Transitions(new SimpleMeterRegistry(), notified), status);
    }

    /** A new node on the same data: the store reopened, a fresh scheduler. */
    void restart() {
        cold.close();
        cold = SqliteColdStore.open(dir);
        scheduler = newScheduler();
    }

    void tick() {
        scheduler.tick();
    }

    private final Map<String, Long> watching = new java.util.concurrent.ConcurrentHashMap<>();

    /** From now on the show has {@code viewers} at every second, as the ticker would write it. */
    void watching(String showId, long viewers) {
        watching.put(showId, viewers);
    }

    /** Ticks every 5 s of manual time for {@code span}, writing the audience of each second first. */
    void run(Duration span) {
        Instant until = clock.instant().plus(span);
        while (clock.instant().isBefore(until)) {
            long from = clock.instant().getEpochSecond();
            clock.advance(Duration.ofSeconds(5));
            for (long s = from + 1; s <= clock.instant().getEpochSecond(); s++) {
                long second = s;
                watching.forEach((show, viewers) -> hot.timeline().put(show, Timeline.VIEWERS, second, viewers));
            }
            tick();
        }
    }

    /** Moves the clock to {@code at} in 5 s ticks. */
    void runUntil(Instant at) {
        run(Duration.between(clock.instant(), at));
    }

    /** A stored manual boost of {@code units} from {@code start} for {@code length}, {@code lead} minutes ahead. */
    Boost boost(String showId, int units, Instant start, Duration length, int lead) {
        BoostRules.Valid v = new BoostRules.Valid(showId, "Boost " + units, start, start.plus(length), units, null,
                units, lead);
        Boost b = BoostChanges.created(io.cuedeck.server.Ids.newId(), v, v.title(), BoostSource.MANUAL, null, null,
                null, clock.instant(), "Added by hand.");
        cold.boosts().create(b);
        return b;
    }

    Boost get(Boost b) {
        return cold.boosts().get(b.id()).orElseThrow();
    }

    BoostStatus status(Boost b) {
        return get(b).status();
    }

    int desired() {
        return simulated.state().desired();
    }

    /** The show's audience: {@code viewers} at every second of the last {@code span}. */
    void audience(String showId, long viewers, Duration span) {
        long now = clock.instant().getEpochSecond();
        for (long s = now - span.toSeconds(); s <= now; s++) {
            hot.timeline().put(showId, Timeline.VIEWERS, s, viewers);
        }
    }

    @Override
    public void close() {
        cold.close();
        hot.close();
        TempDirs.delete(dir);
    }

    /** Every notification sent. */
    static final class Notified implements Notifier {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void boostChanged(Boost boost, io.cuedeck.protocol.capacity.BoostEvent event) {
            lines.add(boost.title() + " " + event.status().wire());
        }
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    /**
     * The capacity tests' arithmetic is written for 5,000 viewers a unit; the shipped default
     * (CUEDECK_VIEWERS_PER_UNIT, a measured figure) may change without changing what they check.
     */
    static Map<String, String> withUnitOf5000(Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.putIfAbsent("CUEDECK_VIEWERS_PER_UNIT", "5000");
        return all;
    }
}
