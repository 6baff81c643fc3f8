package io.cuedeck.server.capacity.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.Json;
import io.cuedeck.server.capacity.provider.LoopbackReceiver.Answer;
import io.cuedeck.server.capacity.provider.LoopbackReceiver.Received;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook provider against a loopback receiver that fails, throttles and then accepts. */
class WebhookProviderTest {

    private static final String SECRET = "studio-shared-secret-42";

    private final LoopbackReceiver receiver = new LoopbackReceiver();
    private final WebhookProvider provider = new WebhookProvider(receiver.url("/capacity?token=t"), SECRET);
    private final ProviderCalls calls = new ProviderCalls(provider, millis -> { });

    @AfterEach
    void close() {
        receiver.close();
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFailureAndA429AreRetriedAndEveryAttemptCarriesTheSameSignedBodyAndActionId() throws Exception {
        receiver.then(Answer.of(500, "oops"), new Answer(429, Map.of("Retry-After", "1"), ""));

        calls.setDesired(12, new CapacityProvider.DesiredRequest("0001764700000000abcd1234", "b42", "Evening news: 12 units",
                Instant.parse("2026-12-04T19:00:00Z")));

        assertThat(receiver.received()).hasSize(3);
        for (Received r : receiver.received()) {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.header(WebhookProvider.SIGNATURE)).isEqualTo(hmac(r.body()));
            assertThat(r.header("Idempotency-Key")).isEqualTo("0001764700000000abcd1234");
            JsonNode body = Json.mapper().readTree(r.body());
            assertThat(body.get("desiredUnits").asInt()).isEqualTo(12);
            assertThat(body.get("reason").asText()).isEqualTo("Evening news: 12 units");
            assertThat(body.get("boostId").asText()).isEqualTo("b42");
            assertThat(body.get("at").asText()).isEqualTo("2026-12-04T19:00:00Z");
        }
        assertThat(receiver.received().get(0).body()).isEqualTo(receiver.received().get(2).body());
        assertThat(calls.state()).isEqualTo(new ProviderState(12, 12, 12, null));
    }

    @Test
    void anAnswerThatSaysHowManyRunIsWhatTheStateReports() throws Exception {
        receiver.then(Answer.of(202, "{\"inServiceUnits\": 7, \"readyUnits\": 5}"));

        calls.setDesired(12, new CapacityProvider.DesiredRequest("a", null, "r", Instant.now()));

        assertThat(calls.state()).isEqualTo(new ProviderState(12, 7, 5, null));
    }

    @Test
    void aRefusalIsNotRetriedAndAFailureThatLastsSaysSoAfterFourAttempts() {
        receiver.then(Answer.of(401, "no"));
        assertThatThrownBy(() -> calls.setDesired(3, new CapacityProvider.DesiredRequest("a", null, "r", Instant.now())))
                .hasMessageContaining("answered 401").hasMessageNotContaining("token=t");
        assertThat(receiver.received()).hasSize(1);

        receiver.byDefault(r -> Answer.of(503, ""));
        assertThatThrownBy(() -> calls.setDesired(3, new CapacityProvider.DesiredRequest("b", null, "r", Instant.now())))
                .hasMessageContaining("answered 503").hasMessageContaining("after 4 attempts");
        assertThat(receiver.received()).hasSize(5);
    }

    @Test
    void anUnreachableWebhookIsRetryableAndSaysWhere() {
        receiver.close();
        assertThatThrownBy(() -> provider.setDesired(3, new CapacityProvider.DesiredRequest("a", null, "r", Instant.now())))
                .isInstanceOf(ProviderException.class).hasMessageContaining("could not be reached")
                .matches(e -> ((ProviderException) e).retryable());
    }
}
