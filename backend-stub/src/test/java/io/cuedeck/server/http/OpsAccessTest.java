package io.cuedeck.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operators keep /metrics and the detailed /health to themselves: by a token, or by an address. */
class OpsAccessTest {

    private static final String OPS = "ops-token-0123456789abcdef";

    @Test
    void withAnOperationsTokenMetricsNeedItAndPublicHealthSaysOnlyOk() {
        try (TestServer s = TestServer.start(c -> c.withSource(ConfigSource.of(Map.of(OpsAccess.TOKEN_KEY, OPS))))) {
            Api api = s.api();

            Api.Response anonymous = api.get("/metrics", null);
            Api.Response producer = api.get("/metrics", TestServer.PRODUCER);
            Api.Response operator = api.get("/metrics", OPS);
            JsonNode publicHealth = api.get("/health", null).json();
            JsonNode fullHealth = api.get("/health", OPS).json();

            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.error()).isEqualTo("unauthorized");
            assertThat(producer.status()).isEqualTo(401);
            assertThat(operator.status()).isEqualTo(200);
            assertThat(operator.body()).contains("cuedeck_viewer_sockets");
            assertThat(publicHealth.get("status").asText()).isEqualTo("ok");
            assertThat(publicHealth.size()).isEqualTo(1);
            assertThat(fullHealth.get("hot").asText()).isEqualTo("memory");
            assertThat(fullHealth.get("node").asText()).isNotBlank();
        }
    }

    @Test
    void withAnOperationsAddressTheyAreServedThereOnly() {
        try (TestServer s = TestServer.start(c -> c.withSource(ConfigSource.of(Map.of(OpsAccess.BIND_KEY, "127.0.0.1:0"))))) {
            Api publicSide = s.api();
            Api opsSide = new Api("http://127.0.0.1:" + s.server().opsPort().orElseThrow());

            assertThat(publicSide.get("/metrics", null).status()).isEqualTo(404);
            assertThat(publicSide.get("/health", null).json().size()).isEqualTo(1);
            assertThat(opsSide.get("/metrics", null).status()).isEqualTo(200);
            assertThat(opsSide.get("/health", null).json().get("cold").asText()).isEqualTo("sqlite");
        }
    }

    @Test
    void withNeitherBothAreOpenAsBefore() {
        try (TestServer s = TestServer.start()) {
            assertThat(s.api().get("/metrics", null).status()).isEqualTo(200);
            assertThat(s.api().get("/health", null).json().get("version").asText()).isNotBlank();
            assertThat(s.server().opsPort()).isEmpty();
        }
    }

    @Test
    void aShortTokenOrABadAddressStopsTheStart() {
        assertThatThrownBy(() -> OpsAccess.from(ConfigSource.of(Map.of(OpsAccess.TOKEN_KEY, "short"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(OpsAccess.TOKEN_KEY).hasMessageNotContaining("short");
        assertThatThrownBy(() -> OpsAccess.from(ConfigSource.of(Map.of(OpsAccess.BIND_KEY, "9464"))))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith(OpsAccess.BIND_KEY + "=9464 is not valid");
    }
}
