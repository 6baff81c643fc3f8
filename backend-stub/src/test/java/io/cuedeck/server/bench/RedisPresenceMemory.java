package io.cuedeck.server.bench;

import io.cuedeck.server.engine.hot.Presence.Touch;
import io.cuedeck.server.engine.hot.redis.RedisConfig;
import io.cuedeck.server.engine.hot.redis.RedisHotEngine;
import io.cuedeck.server.testsupport.LocalRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Measures Redis memory per live viewer: a fresh redis-server on a loopback port, N viewers of one
 * show touched through the engine (UUID viewer ids, five platforms), and {@code used_memory}
 * before and after. Run (see docs/benchmarks.md):
 * <pre>
 * mvn -B -q -pl backend-stub -am test-compile exec:java -Pbench \
 *     -Dcuedeck.mainClass=io.cuedeck.server.bench.RedisPresenceMemory -Dexec.args="100000"
 * </pre>
 */
public final class RedisPresenceMemory {

    private RedisPresenceMemory() {
    }

    public static void main(String[] args) {
        int viewers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String[] platforms = {"ios", "android", "web", "tv", "other"};
        try (LocalRedis redis = LocalRedis.start();
                RedisHotEngine engine = RedisHotEngine.connect(new RedisConfig(redis.url(), false, "bench:",
                        Duration.ofSeconds(10)))) {
            Instant now = Instant.now();
            engine.presence().touch(List.of(new Touch("warm-up", UUID.randomUUID().toString(), "ios")), now,
                    Duration.ofSeconds(120));
            long before = usedMemory(redis);
            List<Touch> batch = new ArrayList<>();
            for (int i = 0; i < viewers; i++) {
                batch.add(new Touch("show-1", UUID.randomUUID().toString(), platforms[i % platforms.length]));
                if (batch.size() == 1_000) {
                    engine.presence().touch(batch, now, Duration.ofSeconds(120));
                    batch.clear();
                }
            }
            engine.presence().touch(batch, now, Duration.ofSeconds(120));
            long after = usedMemory(redis);
            long count = engine.presence().count("show-1", now);
            Object zset = redis.call("MEMORY", "USAGE", "bench:{show-1}:pr:ios", "SAMPLES", "0");
            System.out.printf("redis-server %s%n", redis.call("INFO", "server").toString().lines()
                    .filter(l -> l.startsWith("redis_version")).findFirst().orElse("?"));
            System.out.printf("viewers present: %d%n", count);
            System.out.printf("used_memory delta: %d bytes = %.1f bytes per viewer%n", after - before,
                    (after - before) / (double) viewers);
            System.out.printf("MEMORY USAGE of one platform's sorted set (%d viewers): %s bytes = %.1f bytes per viewer%n",
                    viewers / platforms.length, zset, ((Long) zset) / (double) (viewers / platforms.length));
        }
        System.exit(0);
    }

    private static long usedMemory(LocalRedis redis) {
        return redis.call("INFO", "memory").toString().lines().filter(l -> l.startsWith("used_memory:"))
                .mapToLong(l -> Long.parseLong(l.substring("used_memory:".length()).trim())).findFirst().orElseThrow();
    }
}
