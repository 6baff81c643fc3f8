package io.cuedeck.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.server.http.Role;
import io.cuedeck.server.http.Tokens;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerConfigTest {

    private static ServerConfig from(Map<String, String> env) {
        return ServerConfig.from(ConfigSource.fromEnvironment(env));
    }

    @Test
    void withNothingSetEveryDefaultApplies() {
        ServerConfig c = from(Map.of());

        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.bind()).isEqualTo("127.0.0.1");
        assertThat(c.dataDir()).isEqualTo(Path.of("data"));
        assertThat(c.hot()).isEqualTo("memory");
        assertThat(c.cold()).isEqualTo("sqlite");
        assertThat(c.tokens().isEmpty()).isTrue();
        assertThat(c.presenceTtl()).isEqualTo(Duration.ofSeconds(120));
        assertThat(c.snapshotInterval()).isEqualTo(Duration.ofSeconds(300));
        assertThat(c.nodeId()).matches("[a-z0-9]{8}");
    }

    @Test
    void everyKeyIsRead() {
        ServerConfig c = from(Map.of("CUEDECK_PORT", "9090", "CUEDECK_BIND", "0.0.0.0", "CUEDECK_DATA_DIR", "/srv/cuedeck",
                "CUEDECK_TOKENS", "producer:s3cret,host:h0st,manager:m4nager,host:second", "CUEDECK_PRESENCE_TTL_SECONDS",
                "90", "CUEDECK_SNAPSHOT_SECONDS", "60", "CUEDECK_NODE_ID", "node-a"));

        assertThat(c.port()).isEqualTo(9090);
        assertThat(c.bind()).isEqualTo("0.0.0.0");
        assertThat(c.dataDir()).isEqualTo(Path.of("/srv/cuedeck"));
        assertThat(c.tokens().roleOf("h0st")).contains(Role.HOST);
        assertThat(c.tokens().roleOf("second")).contains(Role.HOST);
        assertThat(c.tokens().roleOf("m4nager")).contains(Role.MANAGER);
        assertThat(c.tokens().producerToken()).contains("s3cret");
        assertThat(c.presenceTtl()).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.snapshotInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.nodeId()).isEqualTo("node-a");
    }

    @ParameterizedTest
    @CsvSource({
        "CUEDECK_PORT, eighty, 'CUEDECK_PORT=eighty is not valid: an integer from 0 to 65535'",
        "CUEDECK_PORT, 70000, 'CUEDECK_PORT=70000 is not valid: an integer from 0 to 65535'",
        "CUEDECK_HOT, mongo, 'CUEDECK_HOT=mongo is not valid: one of memory, redis'",
        "CUEDECK_COLD, postgres, 'CUEDECK_COLD=postgres is not valid: one of sqlite, dynamodb'",
        "CUEDECK_PRESENCE_TTL_SECONDS, 0, 'CUEDECK_PRESENCE_TTL_SECONDS=0 is not valid: an integer from 1 to 86400'",
        "CUEDECK_SNAPSHOT_SECONDS, 5m, 'CUEDECK_SNAPSHOT_SECONDS=5m is not valid: an integer from 1 to 3600'",
        "CUEDECK_NODE_ID, node a, 'CUEDECK_NODE_ID=node a is not valid: 1-32 characters of A-Z a-z 0-9 _ -'",
        "CUEDECK_BIND, 'local host', 'CUEDECK_BIND=local host is not valid'",
    })
    void aBadValueStopsTheStartWithOneLineNamingKeyValueAndWhatIsAllowed(String key, String value, String message) {
        assertThatThrownBy(() -> from(Map.of(key, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aBadTokenListNamesTheEntryButNeverAToken() {
        assertThatThrownBy(() -> from(Map.of("CUEDECK_TOKENS", "producer:s3cret,admin:t0psecret")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("entry 2").hasMessageContaining("admin")
                .hasMessageContaining("producer, host, manager")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("t0psecret").doesNotContain("s3cret"));
        assertThatThrownBy(() -> from(Map.of("CUEDECK_TOKENS", "producer:"))).hasMessageContaining("entry 1");
        assertThatThrownBy(() -> from(Map.of("CUEDECK_TOKENS", "justatoken")))
                .hasMessageContaining("role:token").satisfies(e -> assertThat(e.getMessage()).doesNotContain("justatoken"));
        assertThat(Tokens.parse("producer:s3cret").toString()).doesNotContain("s3cret");
    }

    @Test
    void theConfigFileGivesTheSameKeysAndTheEnvironmentWins() throws Exception {
        Path dir = TestServer.tempDir();
        try {
            Path file = dir.resolve("cuedeck.properties");
            Files.writeString(file, "CUEDECK_PORT=9191\nCUEDECK_SNAPSHOT_SECONDS=120\n");

            ServerConfig c = from(Map.of("CUEDECK_CONFIG_FILE", file.toString(), "CUEDECK_PORT", "9292"));

            assertThat(c.port()).isEqualTo(9292);
            assertThat(c.snapshotInterval()).isEqualTo(Duration.ofSeconds(120));
            assertThatThrownBy(() -> from(Map.of("CUEDECK_CONFIG_FILE", dir.resolve("missing").toString())))
                    .isInstanceOf(ConfigException.class).hasMessageStartingWith("CUEDECK_CONFIG_FILE=");
        } finally {
            TempDirs.delete(dir);
        }
    }

    @Test
    void engineConfigsReadTheirOwnKeysFromTheSameSource() {
        ServerConfig c = from(Map.of("CUEDECK_REDIS_URL", "redis://127.0.0.1:6390"));

        assertThat(c.source().get("CUEDECK_REDIS_URL")).contains("redis://127.0.0.1:6390");
    }
}
