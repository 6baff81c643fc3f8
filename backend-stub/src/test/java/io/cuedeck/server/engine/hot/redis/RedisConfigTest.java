package io.cuedeck.server.engine.hot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.server.engine.cold.dynamodb.DynamoConfig;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Engine config: defaults, every key read, and a bad value named in one line (never a password). */
class RedisConfigTest {

    @Test
    void nothing_set_means_a_local_redis_and_a_table_called_cuedeck() {
        assertThat(RedisConfig.from(k -> null)).isEqualTo(RedisConfig.defaults());
        assertThat(DynamoConfig.from(k -> null)).isEqualTo(DynamoConfig.defaults());
    }

    @Test
    void every_key_is_read() {
        Map<String, String> env = Map.of("CUEDECK_REDIS_URL", "rediss://:pw@cache.internal:6380/2",
                "CUEDECK_REDIS_CLUSTER", "TRUE", "CUEDECK_REDIS_PREFIX", "show-a:", "CUEDECK_REDIS_TIMEOUT_MS", "750",
                "CUEDECK_DYNAMODB_TABLE", "cuedeck-prod", "CUEDECK_DYNAMODB_ENDPOINT", "http://127.0.0.1:8000",
                "CUEDECK_DYNAMODB_CREATE", "true", "CUEDECK_DYNAMODB_ANSWER_RETENTION_DAYS", "30");

        RedisConfig redis = RedisConfig.from(env::get);
        DynamoConfig dynamo = DynamoConfig.from(env::get);

        assertThat(redis.cluster()).isTrue();
        assertThat(redis.prefix()).isEqualTo("show-a:");
        assertThat(redis.commandTimeout().toMillis()).isEqualTo(750);
        assertThat(redis.redisUri().getDatabase()).isEqualTo(2);
        assertThat(redis.redisUri().isSsl()).isTrue();
        assertThat(redis.toString()).doesNotContain("pw");
        assertThat(dynamo).isEqualTo(new DynamoConfig("cuedeck-prod", URI.create("http://127.0.0.1:8000"), true, 30));
    }

    @Test
    void a_bad_value_is_refused_naming_the_key_and_what_is_allowed() {
        assertThatThrownBy(() -> RedisConfig.from(Map.of("CUEDECK_REDIS_URL", "http://:hunter2@x")::get))
                .hasMessageStartingWith("CUEDECK_REDIS_URL=http://***@x is not valid: use redis://")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> RedisConfig.from(Map.of("CUEDECK_REDIS_CLUSTER", "yes")::get))
                .hasMessage("CUEDECK_REDIS_CLUSTER=yes is not valid: use true or false");
        assertThatThrownBy(() -> RedisConfig.from(Map.of("CUEDECK_REDIS_PREFIX", "{a}")::get))
                .hasMessageStartingWith("CUEDECK_REDIS_PREFIX={a} is not valid");
        assertThatThrownBy(() -> RedisConfig.from(Map.of("CUEDECK_REDIS_TIMEOUT_MS", "soon")::get))
                .hasMessageStartingWith("CUEDECK_REDIS_TIMEOUT_MS=soon is not valid");
        assertThatThrownBy(() -> DynamoConfig.from(Map.of("CUEDECK_DYNAMODB_TABLE", "a b")::get))
                .hasMessageStartingWith("CUEDECK_DYNAMODB_TABLE=a b is not valid");
        assertThatThrownBy(() -> DynamoConfig.from(Map.of("CUEDECK_DYNAMODB_ENDPOINT", "localhost:8000")::get))
                .hasMessageStartingWith("CUEDECK_DYNAMODB_ENDPOINT=localhost:8000 is not valid");
        assertThatThrownBy(() -> DynamoConfig.from(Map.of("CUEDECK_DYNAMODB_CREATE", "1")::get))
                .hasMessage("CUEDECK_DYNAMODB_CREATE=1 is not valid: use true or false");
    }
}
