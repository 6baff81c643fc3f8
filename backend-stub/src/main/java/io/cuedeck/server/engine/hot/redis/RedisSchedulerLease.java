package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.SchedulerLease;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The lease is one string key holding the node id with a PX expiry: a claim is one script that
 * sets it when absent or renews it when the caller holds it, so concurrent claims on any nodes have
 * one winner; release deletes it only for its holder. The published state is a plain key with a TTL.
 */
final class RedisSchedulerLease implements SchedulerLease {

    private static final LuaScript CLAIM = LuaScript.load("lease_claim");
    private static final LuaScript RELEASE = LuaScript.load("lease_release");

    private final RedisGateway redis;
    private final RedisKeys keys;

    RedisSchedulerLease(RedisGateway redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public boolean claim(String nodeId, Duration ttl) {
        Long won = redis.await(redis.script(CLAIM, ScriptOutputType.INTEGER, new String[] {keys.capacityLease()},
                bytes(nodeId), RedisPresence.num(ttl.toMillis())), "scheduler lease");
        return won != null && won == 1L;
    }

    @Override
    public void release(String nodeId) {
        redis.await(redis.script(RELEASE, ScriptOutputType.INTEGER, new String[] {keys.capacityLease()}, bytes(nodeId)),
                "scheduler lease release");
    }

    @Override
    public Optional<String> holder() {
        byte[] value = redis.await(redis.async().get(keys.capacityLease()), "scheduler lease");
        return value == null ? Optional.empty() : Optional.of(new String(value, StandardCharsets.UTF_8));
    }

    @Override
    public void publish(String state, Duration ttl) {
        redis.await(redis.async().set(keys.capacityState(), bytes(state), SetArgs.Builder.px(ttl.toMillis())),
                "capacity state");
    }

    @Override
    public Optional<String> published() {
        byte[] value = redis.await(redis.async().get(keys.capacityState()), "capacity state");
        return value == null ? Optional.empty() : Optional.of(new String(value, StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
