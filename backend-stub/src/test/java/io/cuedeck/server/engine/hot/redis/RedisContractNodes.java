package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.HotEngineContract;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hot-engine contract on Redis: each test's engines get a key prefix of their own; a test's
 * second node is a second engine (its own connections) on the same prefix, as another backend
 * node would be.
 */
abstract class RedisContractNodes extends HotEngineContract {

    private final Map<HotEngine, String> prefixes = new ConcurrentHashMap<>();

    /** The URL of the Redis under test, and whether it is a cluster. */
    protected abstract RedisConfig config(String prefix);

    @Override
    protected HotEngine newEngine() {
        String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ":";
        HotEngine engine = RedisHotEngine.connect(config(prefix));
        prefixes.put(engine, prefix);
        return engine;
    }

    @Override
    protected HotEngine secondNode(HotEngine first) {
        return RedisHotEngine.connect(config(prefixes.get(first)));
    }

    static Duration timeout() {
        return Duration.ofSeconds(5);
    }
}
