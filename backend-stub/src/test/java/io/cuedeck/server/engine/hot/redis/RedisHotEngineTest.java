package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.testsupport.LocalRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The hot-engine contract against a real redis-server started for this class on a free loopback port. */
class RedisHotEngineTest extends RedisContractNodes {

    private static LocalRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = LocalRedis.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Override
    protected RedisConfig config(String prefix) {
        return new RedisConfig(redis.url(), false, prefix, timeout());
    }
}
