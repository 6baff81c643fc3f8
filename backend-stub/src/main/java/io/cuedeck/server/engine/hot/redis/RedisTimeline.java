package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.Timeline;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Per-second series in one small hash per show, series and minute (60 fields: Redis keeps such a
 * hash in its compact listpack form), expiring {@link #RETENTION} after its last write. A range
 * read is one {@code HGETALL} per minute, all pipelined.
 */
final class RedisTimeline implements Timeline {

    static final Duration RETENTION = Duration.ofHours(3);
    private static final int MAX_SECONDS = 7_200;
    private static final LuaScript WRITE = LuaScript.load("timeline_write");
    private static final byte[] ADD = "add".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PUT = "put".getBytes(StandardCharsets.US_ASCII);

    private final RedisGateway redis;
    private final RedisKeys keys;

    RedisTimeline(RedisGateway redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void add(String showId, String name, long epochSecond, long delta) {
        write(showId, name, epochSecond, delta, ADD);
    }

    @Override
    public void put(String showId, String name, long epochSecond, long value) {
        write(showId, name, epochSecond, value, PUT);
    }

    private void write(String showId, String name, long epochSecond, long value, byte[] mode) {
        String key = keys.timeline(showId, name, Math.floorDiv(epochSecond, 60));
        redis.await(redis.script(WRITE, ScriptOutputType.INTEGER, new String[] {key},
                RedisPresence.num(Math.floorMod(epochSecond, 60)), RedisPresence.num(value), mode,
                RedisPresence.num(RETENTION.toMillis())), "timeline " + name);
    }

    @Override
    public long[] range(String showId, String name, long fromSecond, long toSecond) {
        if (toSecond < fromSecond || toSecond - fromSecond + 1 > MAX_SECONDS) {
            throw new IllegalArgumentException("a timeline range holds 1 to " + MAX_SECONDS + " seconds, not "
                    + (toSecond - fromSecond + 1));
        }
        long firstMinute = Math.floorDiv(fromSecond, 60);
        long lastMinute = Math.floorDiv(toSecond, 60);
        List<CompletableFuture<Map<String, byte[]>>> minutes = new ArrayList<>();
        for (long minute = firstMinute; minute <= lastMinute; minute++) {
            minutes.add(redis.async().hgetall(keys.timeline(showId, name, minute)).toCompletableFuture());
        }
        redis.await(CompletableFuture.allOf(minutes.toArray(CompletableFuture[]::new)), "timeline range");
        long[] values = new long[(int) (toSecond - fromSecond + 1)];
        for (int m = 0; m < minutes.size(); m++) {
            long minuteStart = (firstMinute + m) * 60;
            for (Map.Entry<String, byte[]> field : minutes.get(m).join().entrySet()) {
                long second = minuteStart + Long.parseLong(field.getKey());
                if (second >= fromSecond && second <= toSecond) {
                    values[(int) (second - fromSecond)] = Long.parseLong(new String(field.getValue(), StandardCharsets.US_ASCII));
                }
            }
        }
        return values;
    }

    @Override
    public Duration retention() {
        return RETENTION;
    }
}
