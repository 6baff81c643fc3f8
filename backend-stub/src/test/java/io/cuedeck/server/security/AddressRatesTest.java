package io.cuedeck.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.http.LimitsConfig;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.RawHttp;
import io.cuedeck.server.testing.RawHttp.Reply;
import io.cuedeck.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The two per-address rates {@code ClientLimitsTest} leaves out: socket opens and HTTP answers
 * and acks of one address. (Per address: heartbeats, sockets held, requests still arriving; per
 * viewer: heartbeats, socket opens, answers are {@code ClientLimitsTest} and {@code
 * HeartbeatApiTest}.) Each passes a burst of ten seconds' worth, then refuses with 429 {@code
 * rate_limited} and Retry-After, while another address is served.
 */
class AddressRatesTest {

    private static TestServer server(String key) {
        return TestServer.start(c -> c.withSource(ConfigSource.of(Map.of(key, "1"))));
    }

    /** Sends until the first refusal (at most 40); returns how many passed and the refusal. */
    private static Map.Entry<Integer, Reply> untilRefused(Supplier<Reply> send, int passing) {
        int passed = 0;
        for (int i = 0; i < 40; i++) {
            Reply r = send.get();
            if (r.status() != passing) {
                return Map.entry(passed, r);
            }
            passed++;
        }
        throw new AssertionError("40 passed: the rate does not hold");
    }

    private static void assertRateLimited(Map.Entry<Integer, Reply> outcome) {
        assertThat(outcome.getKey()).isGreaterThanOrEqualTo(LimitsConfig.BURST_SECONDS);
        assertThat(outcome.getValue().status()).as(outcome.getValue().body()).isEqualTo(429);
        assertThat(outcome.getValue().json().get("error").asText()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(outcome.getValue().header("retry-after"))).isPositive();
    }

    @Test
    void anAddressOpeningSocketsFasterThanAllowedIsTold429() {
        try (TestServer s = server("CUEDECK_SOCKET_OPENS_PER_IP_PER_SECOND")) {
            String show = new Fixtures(s.api()).liveShow();
            RawHttp flood = new RawHttp(s.baseUrl(), "127.0.0.61");

            assertRateLimited(untilRefused(() -> {
                try (RawHttp.Upgrade u = flood.upgrade("/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID())) {
                    return u.reply();
                }
            }, 101));
            try (RawHttp.Upgrade other = new RawHttp(s.baseUrl(), "127.0.0.62")
                    .upgrade("/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID())) {
                assertThat(other.reply().status()).isEqualTo(101);
            }
        }
    }

    @Test
    void anAddressSendingAnswersAndAcksFasterThanAllowedIsTold429() {
        try (TestServer s = server("CUEDECK_ANSWERS_PER_IP_PER_SECOND")) {
            Fixtures fixtures = new Fixtures(s.api());
            String show = fixtures.liveShow();
            String fire = s.api().fire(show, fixtures.poll(show)).get("fireId").asText();
            RawHttp flood = new RawHttp(s.baseUrl(), "127.0.0.63");

            assertRateLimited(untilRefused(() -> flood.send(post("/v1/shows/" + show + "/fires/" + fire + "/ack",
                    "{\"viewerId\":\"" + UUID.randomUUID() + "\"}")), 204));
            Reply answer = flood.send(post("/v1/shows/" + show + "/fires/" + fire + "/answer",
                    "{\"viewerId\":\"" + UUID.randomUUID() + "\",\"choice\":0}"));
            assertThat(answer.status()).as("answers share the acks' rate").isEqualTo(429);
            assertThat(new RawHttp(s.baseUrl(), "127.0.0.64").send(post("/v1/shows/" + show + "/fires/" + fire + "/answer",
                    "{\"viewerId\":\"" + UUID.randomUUID() + "\",\"choice\":0}")).status()).isEqualTo(200);
        }
    }

    private static String post(String path, String json) {
        return RawHttp.request("POST", path, "Content-Type: application/json",
                "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length) + json;
    }
}
