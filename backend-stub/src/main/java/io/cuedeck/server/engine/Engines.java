package io.cuedeck.server.engine;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.dynamodb.DynamoColdStore;
import io.cuedeck.server.engine.cold.dynamodb.DynamoConfig;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.memory.MemoryHotEngine;
import io.cuedeck.server.engine.hot.redis.RedisConfig;
import io.cuedeck.server.engine.hot.redis.RedisHotEngine;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;

/**
 * Picks the engines that the configuration names. Adding an engine is one case here plus its
 * own config record reading its keys from {@link ServerConfig#source()}.
 */
public final class Engines {

    public static final String MEMORY = "memory";
    public static final String REDIS = "redis";
    public static final String SQLITE = "sqlite";
    public static final String DYNAMODB = "dynamodb";

    public static final List<String> HOT_NAMES = List.of(MEMORY, REDIS);
    public static final List<String> COLD_NAMES = List.of(SQLITE, DYNAMODB);

    private Engines() {
    }

    public static HotEngine hot(ServerConfig config, MeterRegistry meters, Clock clock) {
        switch (config.hot()) {
            case MEMORY:
                return new MemoryHotEngine(clock);
            case REDIS:
                return RedisHotEngine.connect(RedisConfig.from(key -> config.source().get(key).orElse(null)), clock);
            default:
                throw ConfigException.invalid("CUEDECK_HOT", config.hot(), "one of " + String.join(", ", HOT_NAMES));
        }
    }

    public static ColdStore cold(ServerConfig config, MeterRegistry meters) {
        switch (config.cold()) {
            case SQLITE:
                return SqliteColdStore.open(config.dataDir());
            case DYNAMODB:
                return DynamoColdStore.open(DynamoConfig.from(key -> config.source().get(key).orElse(null)), meters);
            default:
                throw ConfigException.invalid("CUEDECK_COLD", config.cold(), "one of " + String.join(", ", COLD_NAMES));
        }
    }
}
