package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.IdempotencyKeys;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * One string key per claim: {@code P} while the winner works, {@code D} + result once done, both
 * with the claim's TTL. The claim is a single {@code SET NX} inside a script that also reads the
 * existing value, so exactly one caller across all nodes wins and the others see its state.
 */
final class RedisIdempotencyKeys implements IdempotencyKeys {

    private static final LuaScript CLAIM = LuaScript.load("idempotency_claim");
    private static final LuaScript RELEASE = LuaScript.load("idempotency_release");

    private final RedisGateway redis;
    private final RedisKeys keys;

    RedisIdempotencyKeys(RedisGateway redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Claim claim(String key, Duration ttl) {
        List<Object> reply = redis.await(redis.script(CLAIM, ScriptOutputType.MULTI,
                new String[] {keys.idempotency(key)}, RedisPresence.num(ttl.toMillis())), "idempotency claim");
        if ((Long) reply.get(0) == 1L) {
            return new Claim.Won();
        }
        byte[] value = (byte[]) reply.get(1);
        if (value == null || value.length == 0 || value[0] == 'P') {
            return new Claim.Pending();
        }
        return new Claim.Done(new String(value, 1, value.length - 1, StandardCharsets.UTF_8));
    }

    @Override
    public void complete(String key, String result, Duration ttl) {
        byte[] text = result.getBytes(StandardCharsets.UTF_8);
        byte[] value = new byte[text.length + 1];
        value[0] = 'D';
        System.arraycopy(text, 0, value, 1, text.length);
        redis.await(redis.async().set(keys.idempotency(key), value, SetArgs.Builder.px(ttl.toMillis())),
                "idempotency complete");
    }

    @Override
    public void release(String key) {
        redis.await(redis.script(RELEASE, ScriptOutputType.INTEGER, new String[] {keys.idempotency(key)}),
                "idempotency release");
    }
}
