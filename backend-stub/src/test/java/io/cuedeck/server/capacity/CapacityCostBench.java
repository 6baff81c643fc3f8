package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostNow;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.protocol.capacity.ImportResult;
import io.cuedeck.server.capacity.calendar.CalendarReader;
import io.cuedeck.server.capacity.provider.CapacityProvider;
import io.cuedeck.server.capacity.provider.ProviderCalls;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Not a test: the cost benchmark of issue 8 (docs/benchmarks.md). One simulated week: seven nightly
 * two-hour shows whose audience, about 100 times the baseline, arrives within minutes, and three
 * unplanned push moments. Three policies on the same audience and the same simulated provider
 * (units in service 180 s after they are asked for):
 * <ul>
 * <li><b>always at peak</b>: the week's peak units, all week;</li>
 * <li><b>reactive</b>: each minute asks for the load observed the minute before plus 20 % headroom,
 *     scales in after 10 quiet minutes;</li>
 * <li><b>Cuedeck</b>: the real scheduler, store (SQLite) and calendar import: the shows come from a
 *     recurring iCalendar event (default 60-minute lead), the pushes call Boost now, and scale-down
 *     waits for the end plus 10 quiet minutes, reading the audience from the hot timeline.</li>
 * </ul>
 * Prints capacity-hours, viewer-minutes above the capacity ready at that moment (at planned moments
 * and at push moments), and how long after each push its capacity was ready. Arguments: none.
 */
public final class CapacityCostBench {

    static final Instant T0 = Instant.parse("2027-03-01T00:00:00Z"); // a Monday
    static final long PER_UNIT = 5_000;
    static final long BASE_VIEWERS = 2_500;
    static final long SHOW_VIEWERS = 250_000; // 100 x the baseline audience
    static final long PUSH_VIEWERS = 150_000;
    static final Duration WEEK = Duration.ofDays(7);
    static final List<Instant> PUSHES = List.of(T0.plus(Duration.ofHours(24 + 13).plusMinutes(17)),
            T0.plus(Duration.ofHours(72 + 9).plusMinutes(42)), T0.plus(Duration.ofHours(120 + 16).plusMinutes(5)));

    /** The week's audience at a second. */
    static long viewers(Instant t) {
        long v = BASE_VIEWERS;
        for (int day = 0; day < 7; day++) {
            Instant start = T0.plus(Duration.ofDays(day)).plus(Duration.ofHours(20));
            Instant end = start.plus(Duration.ofHours(2));
            v = Math.max(v, ramp(t, start.minus(Duration.ofMinutes(5)), start.plus(Duration.ofMinutes(3)), end,
                    end.plus(Duration.ofMinutes(10)), SHOW_VIEWERS));
        }
        for (Instant p : PUSHES) {
            v = Math.max(v, ramp(t, p, p.plus(Duration.ofMinutes(2)), p.plus(Duration.ofMinutes(8)),
                    p.plus(Duration.ofMinutes(15)), PUSH_VIEWERS));
        }
        return v;
    }

    /** Base, rising linearly from {@code a} to the peak at {@code b}, held to {@code c}, falling to base at {@code d}. */
    private static long ramp(Instant t, Instant a, Instant b, Instant c, Instant d, long peak) {
        if (t.isBefore(a) || !t.isBefore(d)) {
            return BASE_VIEWERS;
        }
        double f;
        if (t.isBefore(b)) {
            f = (double) Duration.between(a, t).toSeconds() / Duration.between(a, b).toSeconds();
        } else if (t.isBefore(c)) {
            f = 1 - 0.05 * (1 + Math.sin(t.getEpochSecond() / 600.0)) / 2; // some wobble on air
        } else {
            f = 1 - (double) Duration.between(c, t).toSeconds() / Duration.between(c, d).toSeconds();
        }
        return BASE_VIEWERS + Math.round((peak - BASE_VIEWERS) * f);
    }

    /** Per-minute accounting of one policy. */
    static final class Books {
        final String name;
        double unitHours;
        double overPlanned;
        double overPush;
        final List<Long> pushReadySeconds = new ArrayList<>();

        Books(String name) {
            this.name = name;
        }

        /** Seconds from each push until units for its audience were ready, at minute resolution (-1: never). */
        void settlePushes() {
            for (Long r : pushReady) {
                pushReadySeconds.add(r == null ? -1 : r);
            }
        }

        private final Long[] pushReady = new Long[PUSHES.size()];

        void minute(Instant t, int desired, int ready) {
            for (int i = 0; i < PUSHES.size(); i++) {
                boolean enough = (long) ready * PER_UNIT >= PUSH_VIEWERS;
                if (pushReady[i] == null && !t.isBefore(PUSHES.get(i)) && enough) {
                    pushReady[i] = Duration.between(PUSHES.get(i), t).toSeconds();
                }
            }
            unitHours += desired / 60.0;
            long short_ = Math.max(0, viewers(t) - ready * PER_UNIT);
            if (short_ > 0) {
                if (inShow(t)) {
                    overPlanned += short_;
                } else {
                    overPush += short_;
                }
            }
        }
    }

    static boolean inShow(Instant t) {
        long secondOfDay = Duration.between(T0, t).toSeconds() % 86_400;
        return secondOfDay >= 19 * 3600 + 50 * 60 && secondOfDay < 22 * 3600 + 30 * 60;
    }

    public static void main(String[] args) throws Exception {
        long began = System.nanoTime();
        Books peak = alwaysAtPeak();
        Books reactive = reactive();
        Books cuedeck = cuedeck();
        System.out.printf("%nOne week: 7 shows of 2 h at %,d viewers (100 x the %,d baseline), 3 pushes to %,d;"
                + " %,d viewers a unit; provider delay 180 s%n", SHOW_VIEWERS, BASE_VIEWERS, PUSH_VIEWERS, PER_UNIT);
        System.out.printf("%-16s %15s %12s %24s %22s %s%n", "policy", "capacity-hours", "vs peak",
                "viewer-min over (shows)", "viewer-min over (push)", "push ready after (s)");
        for (Books b : List.of(peak, reactive, cuedeck)) {
            System.out.printf("%-16s %15.1f %11.1f%% %,24.0f %,22.0f %s%n", b.name, b.unitHours,
                    100 * b.unitHours / peak.unitHours, b.overPlanned, b.overPush, b.pushReadySeconds);
        }
        System.out.printf("(simulated in %.1f s)%n", (System.nanoTime() - began) / 1e9);
    }

    static Books alwaysAtPeak() {
        long max = 0;
        for (Instant t = T0; t.isBefore(T0.plus(WEEK)); t = t.plusSeconds(60)) {
            max = Math.max(max, viewers(t));
        }
        int units = (int) ((max + PER_UNIT - 1) / PER_UNIT);
        Books b = new Books("always at peak");
        for (Instant t = T0; t.isBefore(T0.plus(WEEK)); t = t.plusSeconds(60)) {
            b.minute(t, units, units);
        }
        b.settlePushes();
        return b;
    }

    static Books reactive() {
        ManualClock clock = new ManualClock(T0);
        SimulatedProvider provider = new SimulatedProvider(clock, Duration.ofSeconds(180), 1);
        Books b = new Books("reactive");
        int asked = 1;
        int quietMinutes = 0;
        for (Instant t = T0; t.isBefore(T0.plus(WEEK)); t = t.plusSeconds(60)) {
            clock.set(t);
            long observed = viewers(t.minusSeconds(60));
            int want = Math.max(1, (int) Math.ceil(observed * 1.2 / PER_UNIT));
            if (want > asked) {
                asked = want;
                quietMinutes = 0;
                provider.setDesired(asked, null);
            } else if (want < asked && ++quietMinutes >= 10) {
                asked = want;
                quietMinutes = 0;
                provider.setDesired(asked, null);
            } else if (want >= asked) {
                quietMinutes = 0;
            }
            ProviderState s = provider.state();
            b.minute(t, s.desired(), s.ready());
        }
        b.settlePushes();
        return b;
    }

    static Books cuedeck() throws Exception {
        ManualClock clock = new ManualClock(T0.minus(Duration.ofDays(1)));
        Path dir = TestServer.tempDir();
        ColdStore cold = SqliteColdStore.open(dir);
        MemoryHotEngine hot = new MemoryHotEngine(clock);
        CapacityConfig config = CapacityConfig.from(ConfigSource.of(Map.of("CUEDECK_CAPACITY_MAX_UNITS", "120",
                "CUEDECK_CALENDAR_HORIZON_DAYS", "14")));
        SimulatedProvider simulated = new SimulatedProvider(clock, Duration.ofSeconds(180), 1);
        CapacityProvider provider = simulated;
        SchedulerStatus status = new SchedulerStatus("simulated", config);
        Transitions transitions = new Transitions(new SimpleMeterRegistry(), Notifier.NONE);
        Audience audience = (showId, from, to) -> {
            long first = from.getEpochSecond();
            long[] v = hot.timeline().range("week", Timeline.VIEWERS, first, to.getEpochSecond());
            long max = 0;
            for (long x : v) {
                max = Math.max(max, x);
            }
            return max;
        };
        Scheduler scheduler = new Scheduler(cold.boosts(), new ProviderCalls(provider, ms -> { }), audience, config,
                clock, transitions, status);
        BoostService boosts = new BoostService(cold.boosts(), new BoostRules(config, id -> false), transitions, clock,
                () -> { });
        CalendarBoosts calendar = new CalendarBoosts(cold.boosts(), boosts, config, clock);
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN",
                "X-WR-CALNAME:Nightly show", "BEGIN:VEVENT", "UID:nightly@bench", "DTSTART:20270301T200000Z",
                "DTEND:20270301T220000Z", "RRULE:FREQ=DAILY;COUNT=7", "SUMMARY:Nightly show",
                "DESCRIPTION:viewers: " + SHOW_VIEWERS, "END:VEVENT", "END:VCALENDAR", "");
        CalendarReader.Contents contents = new CalendarReader(java.time.ZoneOffset.UTC)
                .read(ics.getBytes(StandardCharsets.UTF_8), clock.instant(), Duration.ofDays(14));
        ImportResult imported = calendar.apply("bench", "Nightly show", contents.events(), contents.skipped(), false);
        if (imported.added().size() != 7) {
            throw new IllegalStateException("expected 7 shows, imported " + imported.added().size());
        }
        Books b = new Books("Cuedeck plan");
        List<Boost> pushBoosts = new ArrayList<>();
        int pushIndex = 0;
        try {
            for (Instant t = T0.minus(Duration.ofMinutes(10)); t.isBefore(T0.plus(WEEK)); t = t.plusSeconds(15)) {
                for (long s = t.getEpochSecond() - 14; s <= t.getEpochSecond(); s++) {
                    hot.timeline().put("week", Timeline.VIEWERS, s, viewers(Instant.ofEpochSecond(s)));
                }
                clock.set(t);
                while (pushIndex < PUSHES.size() && !t.isBefore(PUSHES.get(pushIndex))) {
                    pushBoosts.add(boosts.now(new BoostNow(null, PUSH_VIEWERS, 15, "Push " + (pushIndex + 1), null)));
                    pushIndex++;
                }
                scheduler.tick();
                if (t.getEpochSecond() % 60 == 0 && !t.isBefore(T0)) {
                    ProviderState s = simulated.state();
                    b.minute(t, s.desired(), s.ready());
                }
            }
            b.settlePushes();
            for (int i = 0; i < pushBoosts.size(); i++) { // the boost's own record says the same, to the tick
                Boost done = cold.boosts().get(pushBoosts.get(i).id()).orElseThrow();
                Instant readyAt = done.history().stream().filter(e -> e.status() == BoostStatus.READY).findFirst()
                        .map(e -> e.at()).orElse(null);
                System.out.printf("push %d: boost %s, ready %s s after the push%n", i + 1, done.status().wire(),
                        readyAt == null ? "never" : Duration.between(PUSHES.get(i), readyAt).toSeconds());
            }
        } finally {
            cold.close();
            hot.close();
            TempDirs.delete(dir);
        }
        return b;
    }
}
