package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.Presence;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Presence as one sorted set per show and platform, member = the viewer's 16 bytes, score = the
 * epoch millisecond its presence ends. A batch of touches costs one script call per show (per 500
 * touches), all sent at once; counts are {@code ZCOUNT}s (logarithmic, no member scanned);
 * expiry is one {@code ZREMRANGEBYSCORE} per platform, so each ended viewer is removed and counted
 * by exactly one caller. See {@link RedisKeys} for the layout.
 */
final class RedisPresence implements Presence {

    private static final int CHUNK = 500;
    private static final long KEY_LIFETIME_EXTRA_MS = Duration.ofHours(1).toMillis();

    private static final LuaScript TOUCH = LuaScript.load("presence_touch");
    private static final LuaScript EXPIRE = LuaScript.load("presence_expire");
    private static final LuaScript COUNT = LuaScript.load("presence_count");

    private final RedisGateway redis;
    private final RedisKeys keys;

    RedisPresence(RedisGateway redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Map<String, Long> touch(Collection<Touch> touches, Instant now, Duration ttl) {
        Map<String, List<Touch>> byShow = new LinkedHashMap<>();
        for (Touch touch : touches) {
            byShow.computeIfAbsent(touch.showId(), s -> new ArrayList<>()).add(touch);
        }
        byte[] nowArg = num(now.toEpochMilli());
        byte[] expiryArg = num(now.plus(ttl).toEpochMilli());
        byte[] lifeArg = num(ttl.toMillis() + KEY_LIFETIME_EXTRA_MS);
        byte[] capArg = num(RedisKeys.MAX_PLATFORMS);
        Map<String, List<CompletableFuture<Long>>> calls = new LinkedHashMap<>();
        for (Map.Entry<String, List<Touch>> show : byShow.entrySet()) {
            String[] key = {keys.presence(show.getKey()), keys.presenceReplaced(show.getKey())};
            List<Touch> list = show.getValue();
            for (int from = 0; from < list.size(); from += CHUNK) {
                List<Touch> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
                byte[][] args = new byte[4 + 2 * chunk.size()][];
                args[0] = nowArg;
                args[1] = expiryArg;
                args[2] = lifeArg;
                args[3] = capArg;
                int i = 4;
                for (Touch touch : chunk) {
                    args[i++] = RedisKeys.viewer(touch.viewerId());
                    args[i++] = touch.platform().getBytes(StandardCharsets.UTF_8);
                }
                calls.computeIfAbsent(show.getKey(), s -> new ArrayList<>())
                        .add(redis.script(TOUCH, ScriptOutputType.INTEGER, key, args));
            }
        }
        redis.await(CompletableFuture.allOf(calls.values().stream().flatMap(List::stream)
                .toArray(CompletableFuture[]::new)), "presence touch");
        Map<String, Long> joins = new HashMap<>();
        calls.forEach((show, futures) -> joins.put(show, futures.stream().mapToLong(CompletableFuture::join).sum()));
        return joins;
    }

    @Override
    public long expire(String showId, Instant now) {
        Long removed = redis.await(redis.script(EXPIRE, ScriptOutputType.INTEGER,
                new String[] {keys.presence(showId), keys.presenceReplaced(showId)}, num(now.toEpochMilli())),
                "presence expire");
        return removed;
    }

    @Override
    public long count(String showId, Instant now) {
        return countByPlatform(showId, now).values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public Map<String, Long> countByPlatform(String showId, Instant now) {
        List<Object> pairs = redis.await(redis.script(COUNT, ScriptOutputType.MULTI,
                new String[] {keys.presence(showId)}, num(now.toEpochMilli())), "presence count");
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            counts.put(new String((byte[]) pairs.get(i), StandardCharsets.UTF_8), (Long) pairs.get(i + 1));
        }
        return counts;
    }

    static byte[] num(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }
}
