package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.testsupport.LocalRedisCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The hot-engine contract in cluster mode ({@code CUEDECK_REDIS_CLUSTER=true}) against three
 * real redis-server masters: every multi-key script must find its keys in one slot, so this is
 * the test that the hash tags are right.
 */
class RedisClusterHotEngineTest extends RedisContractNodes {

    private static LocalRedisCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = LocalRedisCluster.start();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Override
    protected RedisConfig config(String prefix) {
        return new RedisConfig(cluster.url(), true, prefix, timeout());
    }
}
