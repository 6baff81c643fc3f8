package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Fires as a hash per fire plus viewer sets, a latency hash and short-lived answer holds, all under
 * the fire's hash tag, so that every per-fire step (ack, claim, confirm, close) is one atomic
 * script on one cluster slot.
 * The show's open fires are indexed in a sorted set under the show's tag; that index is written
 * after the fire and repaired lazily by {@link #openFires}, which trusts the fire hash. Every key
 * of a fire lives {@link #LIFETIME} from its opening (the interface asks for at least 24 hours).
 */
final class RedisFireLedger implements FireLedger {

    static final Duration LIFETIME = Duration.ofHours(48);
    private static final int ANSWERED_CHUNK = 1_000;

    private static final LuaScript OPEN = LuaScript.load("fire_open");
    private static final LuaScript CLOSE = LuaScript.load("fire_close");
    private static final LuaScript ACK = LuaScript.load("fire_ack");
    private static final LuaScript ACKS = LuaScript.load("fire_acks");
    private static final LuaScript CLAIM = LuaScript.load("fire_claim");
    private static final LuaScript CONFIRM = LuaScript.load("fire_confirm");
    private static final LuaScript INCR = LuaScript.load("fire_incr");
    private static final LuaScript RESTORE = LuaScript.load("fire_restore");
    private static final LuaScript ADD_ANSWERED = LuaScript.load("fire_add_answered");


    private final RedisGateway redis;
    private final RedisKeys keys;

    RedisFireLedger(RedisGateway redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /**
     * One round trip: the fire's script and the show index's writes are sent together (pipelined)
     * and awaited together. The index is written even for an id that exists (the score is the same
     * fire time, and {@link #openFires} drops what the fire hash says is closed).
     */
    @Override
    public void open(LiveFire fire) {
        String index = keys.openFires(fire.showId());
        CompletableFuture<?> script = redis.script(OPEN, ScriptOutputType.INTEGER, new String[] {keys.fire(fire.fireId())},
                FireHash.json(fire), utf8(fire.showId()), num(LIFETIME.toMillis())).toCompletableFuture();
        CompletableFuture<?> add = redis.async().zadd(index, fire.firedAt().toEpochMilli(), utf8(fire.fireId()))
                .toCompletableFuture();
        CompletableFuture<?> expire = redis.async().pexpire(index, LIFETIME.toMillis()).toCompletableFuture();
        redis.await(CompletableFuture.allOf(script, add, expire), "open fire");
    }

    /**
     * One awaited round trip: the script decides the close; the index entry is removed without
     * waiting (a removal that is lost is repaired by the next {@link #openFires}).
     */
    @Override
    public boolean close(String fireId, Instant closedAt) {
        List<Object> reply = redis.await(redis.script(CLOSE, ScriptOutputType.MULTI, new String[] {keys.fire(fireId)},
                utf8(closedAt.toString())), "close fire");
        byte[] show = (byte[]) reply.get(1);
        if (show != null) {
            redis.async().zrem(keys.openFires(new String(show, StandardCharsets.UTF_8)), utf8(fireId));
        }
        return (Long) reply.get(0) == 1L;
    }

    @Override
    public Optional<FireState> get(String fireId) {
        Map<String, byte[]> hash = redis.await(redis.async().hgetall(keys.fire(fireId)), "read fire");
        return state(hash);
    }

    @Override
    public List<LiveFire> openFires(String showId) {
        String index = keys.openFires(showId);
        List<byte[]> ids = redis.await(redis.async().zrange(index, 0, -1), "open fires");
        List<CompletableFuture<Map<String, byte[]>>> reads = new ArrayList<>();
        for (byte[] id : ids) {
            reads.add(redis.async().hgetall(keys.fire(new String(id, StandardCharsets.UTF_8))).toCompletableFuture());
        }
        redis.await(CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)), "open fires");
        List<LiveFire> open = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Optional<FireState> state = state(reads.get(i).join());
            if (state.isPresent() && state.get().open()) {
                open.add(state.get().fire());
            } else {
                // closed or expired, but its close did not reach the index: repair it
                redis.async().zrem(index, ids.get(i));
            }
        }
        open.sort(Comparator.comparing(LiveFire::firedAt));
        return open;
    }

    @Override
    public void delivered(String fireId, long delivered, long failed) {
        redis.await(redis.script(INCR, ScriptOutputType.INTEGER, new String[] {keys.fire(fireId)},
                utf8("delivered"), num(delivered), utf8("failed"), num(failed)), "count delivery");
    }

    @Override
    public boolean ack(String fireId, String viewerId, long latencyMillis) {
        Long counted = redis.await(redis.script(ACK, ScriptOutputType.INTEGER,
                new String[] {keys.fire(fireId), keys.fireAcked(fireId), keys.fireLatency(fireId)},
                RedisKeys.viewer(viewerId), num(Math.max(0, latencyMillis)),
                num(LatencyHistogram.bucketOf(latencyMillis))), "count ack");
        return counted == 1L;
    }

    /** One script per fire and per {@link #ACKS_PER_SCRIPT} acks, all sent at once and awaited together. */
    @Override
    public long acks(List<Ack> acks) {
        Map<String, List<byte[]>> byFire = new LinkedHashMap<>();
        List<CompletableFuture<Long>> sent = new ArrayList<>();
        for (Ack a : acks) {
            List<byte[]> args = byFire.computeIfAbsent(a.fireId(), f -> new ArrayList<>());
            args.add(RedisKeys.viewer(a.viewerId()));
            args.add(num(Math.max(0, a.latencyMillis())));
            args.add(num(LatencyHistogram.bucketOf(a.latencyMillis())));
            if (args.size() == 3 * ACKS_PER_SCRIPT) {
                sent.add(sendAcks(a.fireId(), byFire.remove(a.fireId())));
            }
        }
        byFire.forEach((fireId, args) -> sent.add(sendAcks(fireId, args)));
        redis.await(CompletableFuture.allOf(sent.toArray(new CompletableFuture<?>[0])), "count acks");
        long counted = 0;
        for (CompletableFuture<Long> s : sent) {
            counted += s.join();
        }
        return counted;
    }

    /** Bounds one script's run, so that a flush of many acks never holds Redis for long at once. */
    static final int ACKS_PER_SCRIPT = 1_000;

    private CompletableFuture<Long> sendAcks(String fireId, List<byte[]> args) {
        return redis.script(ACKS, ScriptOutputType.INTEGER,
                new String[] {keys.fire(fireId), keys.fireAcked(fireId), keys.fireLatency(fireId)},
                args.toArray(new byte[0][]));
    }

    @Override
    public boolean claimAnswer(String fireId, String viewerId, Duration hold) {
        byte[] viewer = RedisKeys.viewer(viewerId);
        Long won = redis.await(redis.script(CLAIM, ScriptOutputType.INTEGER, new String[] {keys.fire(fireId),
                keys.fireAnswered(fireId), keys.fireHold(fireId, viewer)}, viewer, num(hold.toMillis())), "claim answer");
        return won == 1L;
    }

    @Override
    public void confirmAnswer(String fireId, String viewerId, int choice) {
        byte[] viewer = RedisKeys.viewer(viewerId);
        redis.await(redis.script(CONFIRM, ScriptOutputType.INTEGER, new String[] {keys.fire(fireId),
                keys.fireAnswered(fireId), keys.fireHold(fireId, viewer)}, viewer,
                utf8(choice >= 0 ? "c" + choice : "")), "confirm answer");
    }

    @Override
    public void releaseAnswer(String fireId, String viewerId) {
        redis.await(redis.async().del(keys.fireHold(fireId, RedisKeys.viewer(viewerId))), "release answer");
    }

    @Override
    public Optional<FireStats> stats(String fireId) {
        CompletableFuture<Map<String, byte[]>> fire = redis.async().hgetall(keys.fire(fireId)).toCompletableFuture();
        CompletableFuture<Map<String, byte[]>> latency = redis.async().hgetall(keys.fireLatency(fireId)).toCompletableFuture();
        redis.await(CompletableFuture.allOf(fire, latency), "fire stats");
        return FireHash.state(fire.join()).map(state -> FireHash.stats(state.fire(), fire.join(), latency.join()));
    }

    @Override
    public void restore(FireState state, FireStats stats, Collection<String> answeredViewers) {
        LiveFire fire = state.fire();
        String fireId = fire.fireId();
        List<byte[]> fields = FireHash.fields(state, stats);
        List<byte[]> args = new ArrayList<>();
        args.add(num(LIFETIME.toMillis()));
        args.add(num(fields.size() / 2));
        args.addAll(fields);
        args.addAll(FireHash.latency(stats.latency()));
        redis.await(redis.script(RESTORE, ScriptOutputType.INTEGER, new String[] {keys.fire(fireId),
                keys.fireLatency(fireId), keys.fireAcked(fireId), keys.fireAnswered(fireId)},
                args.toArray(byte[][]::new)), "restore fire");
        List<String> viewers = new ArrayList<>(answeredViewers);
        for (int from = 0; from < viewers.size(); from += ANSWERED_CHUNK) {
            byte[][] chunk = viewers.subList(from, Math.min(viewers.size(), from + ANSWERED_CHUNK)).stream()
                    .map(RedisKeys::viewer).toArray(byte[][]::new);
            redis.await(redis.script(ADD_ANSWERED, ScriptOutputType.INTEGER,
                    new String[] {keys.fire(fireId), keys.fireAnswered(fireId)}, chunk), "restore answered viewers");
        }
        if (state.open()) {
            index(fire.showId(), fireId, fire.firedAt());
        } else {
            redis.await(redis.async().zrem(keys.openFires(fire.showId()), utf8(fireId)), "restore fire");
        }
    }

    /** Lists the fire in its show's open index: the two writes pipelined, one round trip. */
    private void index(String showId, String fireId, Instant firedAt) {
        String key = keys.openFires(showId);
        redis.await(CompletableFuture.allOf(
                redis.async().zadd(key, firedAt.toEpochMilli(), utf8(fireId)).toCompletableFuture(),
                redis.async().pexpire(key, LIFETIME.toMillis()).toCompletableFuture()), "index open fire");
    }

    private static Optional<FireState> state(Map<String, byte[]> hash) {
        return FireHash.state(hash);
    }

    private static byte[] num(long value) {
        return FireHash.num(value);
    }

    private static byte[] utf8(String text) {
        return FireHash.utf8(text);
    }
}
