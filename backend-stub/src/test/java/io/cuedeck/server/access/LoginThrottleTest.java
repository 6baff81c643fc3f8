package io.cuedeck.server.access;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Token guessing is throttled per client address: after the limit of wrong tokens in the window,
 * that address gets 429 with Retry-After, even with a good token; another address is not affected.
 * A second loopback address (127.0.0.2) stands in for another studio PC; behind a trusted proxy,
 * the address it forwards counts.
 */
class LoginThrottleTest {

    private TestServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    /** The test server (its tokens, its data directory) with these configuration keys too. */
    static TestServer withConfig(Map<String, String> keys) {
        return TestServer.start(c -> {
            Map<String, String> all = new HashMap<>(keys);
            all.put("CUEDECK_PORT", "0");
            all.put("CUEDECK_DATA_DIR", c.dataDir().toString());
            return ServerConfig.from(ConfigSource.of(all)).withTokens(c.tokens());
        });
    }

    /** A GET from {@code from} (a loopback address of this machine), raw over a socket: status line and headers. */
    private String getFrom(String from, String token, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), server.server().port()), 5_000);
            socket.setSoTimeout(10_000);
            String request = "GET /api/v1/shows HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    @Test
    void afterTooManyWrongTokensAnAddressWaitsWhileAGoodTokenFromAnotherAddressStillWorks() throws IOException {
        server = withConfig(Map.of("CUEDECK_LOGIN_MAX_FAILURES", "5", "CUEDECK_LOGIN_WINDOW_SECONDS", "120"));
        for (int i = 0; i < 5; i++) {
            assertThat(status(getFrom("127.0.0.1", "guess-" + i, null))).isEqualTo(401);
        }

        String throttled = getFrom("127.0.0.1", "guess-5", null);
        assertThat(status(throttled)).isEqualTo(429);
        assertThat(throttled).containsPattern("(?i)Retry-After: (1[01][0-9]|120)\r\n")
                .contains("\"error\":\"rate_limited\"").contains("Too many wrong tokens came from this address");
        assertThat(status(getFrom("127.0.0.1", PRODUCER, null))).as("even a good token waits").isEqualTo(429);

        assertThat(status(getFrom("127.0.0.2", PRODUCER, null))).as("another studio PC").isEqualTo(200);
        assertThat(status(getFrom("127.0.0.2", "guess-x", null))).isEqualTo(401);
        assertThat(new Api(server::baseUrl).get("/metrics", null).body())
                .contains("cuedeck_login_refused_total{reason=\"throttled\"} 2.0")
                .contains("cuedeck_login_refused_total{reason=\"unknown_token\"} 6.0");
    }

    @Test
    void behindATrustedProxyTheForwardedAddressCountsAndFromAnyoneElseTheHeaderIsIgnored() throws IOException {
        server = withConfig(Map.of("CUEDECK_LOGIN_MAX_FAILURES", "3", "CUEDECK_TRUSTED_PROXIES", "127.0.0.1"));
        for (int i = 0; i < 3; i++) {
            assertThat(status(getFrom("127.0.0.1", "guess-" + i, "10.4.0.50"))).isEqualTo(401);
        }
        assertThat(status(getFrom("127.0.0.1", PRODUCER, "10.4.0.50"))).isEqualTo(429);
        assertThat(status(getFrom("127.0.0.1", PRODUCER, "10.4.0.51"))).as("another client behind the proxy").isEqualTo(200);

        for (int i = 0; i < 3; i++) {
            getFrom("127.0.0.2", "guess-" + i, "10.4.0.99");
        }
        assertThat(status(getFrom("127.0.0.2", PRODUCER, "10.4.0.52")))
                .as("127.0.0.2 is no trusted proxy: its header is ignored, so it is 127.0.0.2 that waits").isEqualTo(429);
        assertThat(status(getFrom("127.0.0.1", PRODUCER, "10.4.0.99"))).isEqualTo(200);
    }
}
