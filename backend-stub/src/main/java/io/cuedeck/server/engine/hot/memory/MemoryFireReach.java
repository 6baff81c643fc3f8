package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.protocol.reports.LeaderEntry;
import io.cuedeck.server.engine.cold.FireCounts;
import io.cuedeck.server.engine.hot.FireReach;
import io.cuedeck.server.engine.hot.Counters;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import io.cuedeck.server.engine.hot.Leaders;
import io.cuedeck.server.engine.hot.Reach;
import io.cuedeck.server.viewers.ViewerKey;
import io.cuedeck.server.viewers.ViewerTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** {@link FireReach} in this process: one lock per fire, sets of viewer keys ({@link ViewerTable}). */
final class MemoryFireReach implements FireReach {

    private static final class Fire {
        final Map<Step, ViewerTable> steps = new EnumMap<>(Step.class);
        final ViewerTable answered = new ViewerTable();
        final long[] latency = new long[LatencyHistogram.BUCKETS];
        long maxLatency;
        final Map<Integer, Long> options = new HashMap<>();
        final Map<String, Map<Integer, Long>> byLanguage = new HashMap<>();
        final Map<Long, Long> perSecond = new HashMap<>();
        final TreeMap<String, Long> counters = new TreeMap<>();
        final List<LeaderEntry> correct = new ArrayList<>();

        ViewerTable set(Step step) {
            return steps.computeIfAbsent(step, s -> new ViewerTable());
        }
    }

    private static final class Audience {
        /** The show's unique viewers, as keys: a set of a million viewers without an object each. */
        final ViewerTable viewers = new ViewerTable();
        final Map<String, Long> platform = new HashMap<>();
        final Map<String, Long> region = new HashMap<>();
        final Map<String, Long> language = new HashMap<>();
    }

    private final MemoryPresence presence;
    private final ConcurrentHashMap<String, Fire> fires = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Audience> audiences = new ConcurrentHashMap<>();

    MemoryFireReach(MemoryPresence presence) {
        this.presence = presence;
    }

    private Fire fire(String fireId) {
        return fires.computeIfAbsent(fireId, id -> new Fire());
    }

    @Override
    public void record(Batch batch) {
        for (ViewerStep s : batch.steps()) {
            Fire fire = fire(s.fireId());
            synchronized (fire) {
                boolean first = added(fire.set(s.step()), s.viewerId());
                Long millis = batch.ackMillis().get(s);
                if (first && s.step() == Step.ACKED && millis != null) {
                    fire.latency[LatencyHistogram.bucketOf(millis)]++;
                    fire.maxLatency = Math.max(fire.maxLatency, Math.max(0, millis));
                }
            }
        }
        for (Answer a : batch.answers()) {
            Fire fire = fire(a.fireId());
            synchronized (fire) {
                if (!added(fire.answered, a.viewerId())) {
                    continue;
                }
                if (a.choice() >= 0) {
                    fire.options.merge(a.choice(), 1L, Long::sum);
                }
                Map<Integer, Long> lang = fire.byLanguage.computeIfAbsent(a.lang(), l -> new HashMap<>());
                lang.merge(-1, 1L, Long::sum);
                if (a.choice() >= 0) {
                    lang.merge(a.choice(), 1L, Long::sum);
                }
                fire.perSecond.merge(a.second(), 1L, Long::sum);
                if (a.correct()) {
                    fire.correct.add(new LeaderEntry(0, a.viewerId(), a.millis()));
                    fire.correct.sort(Leaders.ORDER);
                    if (fire.correct.size() > Leaders.SIZE) {
                        fire.correct.remove(Leaders.SIZE);
                    }
                }
            }
        }
        for (Counter c : batch.counters()) {
            Fire fire = fire(c.fireId());
            synchronized (fire) {
                fire.counters.merge(c.name(), c.delta(), Long::sum);
            }
        }
    }

    @Override
    public long markPresent(String showId, String fireId, Instant at) {
        Fire fire = fire(fireId);
        synchronized (fire) {
            return presence.copyPresent(showId, at, fire.set(Step.PRESENT));
        }
    }

    @Override
    public Optional<FireCounts> counts(String showId, String fireId, int options) {
        Fire fire = fires.get(fireId);
        if (fire == null) {
            return Optional.empty();
        }
        synchronized (fire) {
            Reach reach = Reach.of(fire.set(Step.PRESENT), fire.set(Step.TARGETED), fire.set(Step.WRITTEN),
                    fire.set(Step.ACKED), fire.answered);
            long[] opts = new long[options];
            fire.options.forEach((i, n) -> {
                if (i < options) {
                    opts[i] = n;
                }
            });
            Map<String, long[]> langs = new HashMap<>();
            fire.byLanguage.forEach((lang, m) -> {
                long[] v = new long[options + 1];
                m.forEach((i, n) -> {
                    if (i + 1 < v.length) {
                        v[i + 1] = n;
                    }
                });
                langs.put(lang, v);
            });
            List<LeaderEntry> leaders = Leaders.ranked(fire.correct);
            return Optional.of(Counters.counts(reach, fire.counters, fire.set(Step.ACKED).size(), fire.latency.clone(),
                    fire.maxLatency, fire.answered.size(), opts, langs, leaders, fire.perSecond));
        }
    }

    @Override
    public void seen(String showId, List<Sighting> sightings) {
        Audience audience = audiences.computeIfAbsent(showId, id -> new Audience());
        synchronized (audience) {
            for (Sighting s : sightings) {
                if (added(audience.viewers, s.viewerId())) {
                    audience.platform.merge(s.platform(), 1L, Long::sum);
                    audience.region.merge(s.region(), 1L, Long::sum);
                    audience.language.merge(s.lang(), 1L, Long::sum);
                }
            }
        }
    }

    @Override
    public ShowAudience audience(String showId) {
        Audience audience = audiences.get(showId);
        if (audience == null) {
            return ShowAudience.NONE;
        }
        synchronized (audience) {
            return new ShowAudience(audience.viewers.size(), Map.copyOf(audience.platform),
                    Map.copyOf(audience.region), Map.copyOf(audience.language));
        }
    }

    /** Adds the viewer to the set; true if it was not there. */
    private static boolean added(ViewerTable set, String viewerId) {
        return set.add(ViewerKey.hi(viewerId), ViewerKey.lo(viewerId)) < 0;
    }
}
