package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.protocol.reports.LeaderEntry;
import io.cuedeck.server.engine.cold.FireCounts;
import io.cuedeck.server.engine.hot.Counters;
import io.cuedeck.server.engine.hot.FireReach;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import io.cuedeck.server.engine.hot.Leaders;
import io.cuedeck.server.engine.hot.Reach;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@link FireReach} on Redis: per fire, sets of binary viewer ids and a few hashes on its show's
 * slot. A batch is one script per fire, all sent at once (pipelined on the shared connection) and
 * awaited together; the funnel is one script doing the set arithmetic inside Redis.
 */
final class RedisFireReach implements FireReach {

    private static final LuaScript RECORD = LuaScript.load("reach_record");
    private static final LuaScript FUNNEL = LuaScript.load("reach_funnel");
    private static final LuaScript PRESENT = LuaScript.load("reach_present");
    private static final LuaScript SEEN = LuaScript.load("reach_seen");
    /** Longer than the ledger keeps a fire (24 h) so the report can still be finalised after it. */
    static final long LIFETIME_SECONDS = 26 * 3600;
    private static final String[] KINDS = {"p", "t", "w", "a", "ans", "lat", "opt", "lang", "sec", "cnt", "lead"};

    private final RedisGateway redis;
    private final RedisKeys keys;

    RedisFireReach(RedisGateway redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    private String[] fireKeys(String showId, String fireId) {
        String[] out = new String[KINDS.length];
        for (int i = 0; i < KINDS.length; i++) {
            out[i] = keys.reach(showId, fireId, KINDS[i]);
        }
        return out;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] num(long n) {
        return text(Long.toString(n));
    }

    @Override
    public void record(Batch batch) {
        Map<List<String>, List<byte[]>> byFire = new LinkedHashMap<>();
        for (ViewerStep s : batch.steps()) {
            List<byte[]> args = args(byFire, s.showId(), s.fireId());
            Long ms = s.step() == Step.ACKED ? batch.ackMillis().get(s) : null;
            args.add(text("s"));
            args.add(text(s.step().name().substring(0, 1)));
            args.add(RedisKeys.viewer(s.viewerId()));
            args.add(num(ms == null ? -1 : Math.max(0, ms)));
            args.add(num(ms == null ? -1 : LatencyHistogram.bucketOf(ms)));
        }
        for (Answer a : batch.answers()) {
            List<byte[]> args = args(byFire, a.showId(), a.fireId());
            args.add(text("a"));
            args.add(RedisKeys.viewer(a.viewerId()));
            args.add(num(a.choice()));
            args.add(text(a.lang()));
            args.add(num(a.millis()));
            args.add(text(a.correct() ? "1" : "0"));
            args.add(num(a.second()));
            args.add(text(a.viewerId()));
        }
        for (Counter c : batch.counters()) {
            List<byte[]> args = args(byFire, c.showId(), c.fireId());
            args.add(text("c"));
            args.add(text(c.name()));
            args.add(num(c.delta()));
        }
        List<CompletableFuture<Long>> sent = new ArrayList<>();
        for (Map.Entry<List<String>, List<byte[]>> e : byFire.entrySet()) {
            sent.add(redis.script(RECORD, ScriptOutputType.INTEGER, fireKeys(e.getKey().get(0), e.getKey().get(1)),
                    e.getValue().toArray(new byte[0][])));
        }
        redis.await(CompletableFuture.allOf(sent.toArray(new CompletableFuture<?>[0])), "fire reach");
    }

    private static List<byte[]> args(Map<List<String>, List<byte[]>> byFire, String showId, String fireId) {
        return byFire.computeIfAbsent(List.of(showId, fireId), k -> {
            List<byte[]> args = new ArrayList<>();
            args.add(num(LIFETIME_SECONDS));
            return args;
        });
    }

    @Override
    public long markPresent(String showId, String fireId, Instant at) {
        Long n = redis.await(redis.<Long>script(PRESENT, ScriptOutputType.INTEGER,
                new String[] {keys.presencePlatforms(showId), keys.reach(showId, fireId, "p")},
                num(at.toEpochMilli()), num(LIFETIME_SECONDS)), "fire presence at take");
        return n == null ? 0 : n;
    }

    @Override
    public Optional<FireCounts> counts(String showId, String fireId, int options) {
        String[] k = fireKeys(showId, fireId);
        var async = redis.async();
        CompletableFuture<List<Long>> funnel = redis.script(FUNNEL, ScriptOutputType.MULTI,
                new String[] {k[0], k[1], k[2], k[3], k[4]});
        var lat = async.hgetall(k[5]).toCompletableFuture();
        var opt = async.hgetall(k[6]).toCompletableFuture();
        var lang = async.hgetall(k[7]).toCompletableFuture();
        var sec = async.hgetall(k[8]).toCompletableFuture();
        var cnt = async.hgetall(k[9]).toCompletableFuture();
        var lead = async.zrangeWithScores(k[10], 0, Leaders.SIZE - 1).toCompletableFuture();
        redis.await(CompletableFuture.allOf(funnel, lat, opt, lang, sec, cnt, lead), "fire reach");
        List<Long> f = funnel.join();
        Map<String, Long> counters = longs(cnt.join());
        boolean any = counters.size() > 0 || f.stream().anyMatch(v -> v > 0);
        if (!any) {
            return Optional.empty();
        }
        long max = counters.getOrDefault("max", 0L);
        counters.remove("max");
        long[] latency = new long[LatencyHistogram.BUCKETS];
        longs(lat.join()).forEach((b, n) -> latency[Integer.parseInt(b)] = n);
        long[] opts = new long[options];
        longs(opt.join()).forEach((i, n) -> {
            int index = Integer.parseInt(i);
            if (index < options) {
                opts[index] = n;
            }
        });
        Map<String, long[]> langs = new HashMap<>();
        longs(lang.join()).forEach((field, n) -> {
            int bar = field.lastIndexOf('|');
            long[] v = langs.computeIfAbsent(field.substring(0, bar), l -> new long[options + 1]);
            String which = field.substring(bar + 1);
            int slot = which.equals("*") ? 0 : Integer.parseInt(which) + 1;
            if (slot < v.length) {
                v[slot] = n;
            }
        });
        Map<Long, Long> perSecond = new HashMap<>();
        longs(sec.join()).forEach((s, n) -> perSecond.put(Long.parseLong(s), n));
        List<LeaderEntry> leaders = new ArrayList<>();
        for (ScoredValue<byte[]> v : lead.join()) {
            leaders.add(new LeaderEntry(0, new String(v.getValue(), StandardCharsets.UTF_8), (long) v.getScore()));
        }
        Reach reach = new Reach(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7));
        return Optional.of(Counters.counts(reach, counters, f.get(8), latency, max, f.get(9), opts, langs,
                Leaders.ranked(leaders), perSecond));
    }

    private static Map<String, Long> longs(Map<String, byte[]> hash) {
        Map<String, Long> out = new HashMap<>();
        hash.forEach((k, v) -> out.put(k, Long.parseLong(new String(v, StandardCharsets.UTF_8))));
        return out;
    }

    @Override
    public void seen(String showId, List<Sighting> sightings) {
        if (sightings.isEmpty()) {
            return;
        }
        List<byte[]> args = new ArrayList<>();
        args.add(num(LIFETIME_SECONDS * 14));
        for (Sighting s : sightings) {
            args.add(RedisKeys.viewer(s.viewerId()));
            args.add(text(s.platform()));
            args.add(text(s.region()));
            args.add(text(s.lang()));
        }
        redis.await(redis.<Long>script(SEEN, ScriptOutputType.INTEGER,
                new String[] {keys.audience(showId), keys.audienceCounts(showId)}, args.toArray(new byte[0][])),
                "show audience");
    }

    @Override
    public ShowAudience audience(String showId) {
        var unique = redis.async().scard(keys.audience(showId)).toCompletableFuture();
        var split = redis.async().hgetall(keys.audienceCounts(showId)).toCompletableFuture();
        redis.await(CompletableFuture.allOf(unique, split), "show audience");
        Map<String, Long> platform = new HashMap<>();
        Map<String, Long> region = new HashMap<>();
        Map<String, Long> language = new HashMap<>();
        longs(split.join()).forEach((field, n) -> {
            Map<String, Long> into = field.startsWith("p|") ? platform : field.startsWith("r|") ? region : language;
            into.put(field.substring(2), n);
        });
        return new ShowAudience(unique.join(), platform, region, language);
    }
}
