package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.SocketCounts;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Each node's report is one hash (show -> sockets) that Redis itself expires after the report's
 * TTL, so a dead node's sockets stop counting on Redis's clock, not on a surviving node's. A small
 * sorted set indexes the nodes; {@link #total} reads the show's field from every indexed node
 * (pipelined: a cluster has a handful of nodes). Index entries a day past their report are pruned.
 */
final class RedisSocketCounts implements SocketCounts {

    private static final LuaScript REPORT = LuaScript.load("sockets_report");
    private static final long PRUNE_AFTER_MS = Duration.ofDays(1).toMillis();

    private final RedisGateway redis;
    private final RedisKeys keys;
    private final Clock clock;

    RedisSocketCounts(RedisGateway redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public void report(String nodeId, Map<String, Long> socketsByShow, Duration ttl) {
        List<byte[]> args = new ArrayList<>();
        args.add(RedisPresence.num(ttl.toMillis()));
        socketsByShow.forEach((show, count) -> {
            if (count > 0) {
                args.add(show.getBytes(StandardCharsets.UTF_8));
                args.add(RedisPresence.num(count));
            }
        });
        long now = clock.millis();
        String index = keys.socketNodes();
        byte[] node = nodeId.getBytes(StandardCharsets.UTF_8);
        redis.await(CompletableFuture.allOf(
                redis.script(REPORT, ScriptOutputType.INTEGER, new String[] {keys.nodeSockets(nodeId)},
                        args.toArray(byte[][]::new)),
                redis.async().zadd(index, now + ttl.toMillis(), node).toCompletableFuture(),
                redis.async().zremrangebyscore(index, Range.create(Double.NEGATIVE_INFINITY, (double) (now - PRUNE_AFTER_MS)))
                        .toCompletableFuture()), "socket report");
    }

    @Override
    public long total(String showId) {
        List<byte[]> nodes = redis.await(redis.async().zrange(keys.socketNodes(), 0, -1), "socket total");
        List<CompletableFuture<byte[]>> counts = new ArrayList<>();
        for (byte[] node : nodes) {
            counts.add(redis.async().hget(keys.nodeSockets(new String(node, StandardCharsets.UTF_8)), showId)
                    .toCompletableFuture());
        }
        redis.await(CompletableFuture.allOf(counts.toArray(CompletableFuture[]::new)), "socket total");
        long total = 0;
        for (CompletableFuture<byte[]> count : counts) {
            byte[] value = count.join();
            if (value != null) {
                total += Long.parseLong(new String(value, StandardCharsets.US_ASCII));
            }
        }
        return total;
    }
}
