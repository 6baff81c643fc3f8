package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.ControlLocks;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One hash per show, {@code P{S}:ctl} with the version and the state, expiring with the lease's
 * ttl ({@code PEXPIRE}). Replace and renew are scripts that compare the version first, so each is
 * one atomic step on one key (one slot in a cluster).
 */
final class RedisControlLocks implements ControlLocks {

    private static final LuaScript REPLACE = LuaScript.load("control_replace");
    private static final LuaScript RENEW = LuaScript.load("control_renew");

    private final RedisGateway redis;
    private final RedisKeys keys;

    RedisControlLocks(RedisGateway redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Optional<Lease> get(String showId) {
        List<byte[]> values = redis.await(redis.async().hmget(keys.control(showId), "v", "s")
                .thenApply(list -> list.stream().map(kv -> kv.getValueOrElse(null)).toList()), "control lease");
        if (values.get(0) == null || values.get(1) == null) {
            return Optional.empty();
        }
        return Optional.of(new Lease(text(values.get(0)), text(values.get(1))));
    }

    @Override
    public boolean replace(String showId, String expectedVersion, Lease next, Duration ttl) {
        Long done = redis.await(redis.script(REPLACE, ScriptOutputType.INTEGER, new String[] {keys.control(showId)},
                bytes(expectedVersion == null ? "" : expectedVersion), bytes(next == null ? "" : next.version()),
                bytes(next == null ? "" : next.state()), RedisPresence.num(ttl.toMillis())), "control replace");
        return done == 1L;
    }

    @Override
    public boolean renew(String showId, String version, Duration ttl) {
        Long done = redis.await(redis.script(RENEW, ScriptOutputType.INTEGER, new String[] {keys.control(showId)},
                bytes(version), RedisPresence.num(ttl.toMillis())), "control renew");
        return done == 1L;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
