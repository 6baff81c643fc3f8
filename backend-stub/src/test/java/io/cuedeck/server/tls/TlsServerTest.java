package io.cuedeck.server.tls;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.ChildServer;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestPki;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The backend serving HTTPS and WSS itself, from PKCS#12 or PEM, and refusing bad key material at start. */
class TlsServerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final TestPki studio = TestPki.create("Studio 4 CA");
    private static Path dir;

    @BeforeAll
    static void makeDirectory() {
        dir = TestServer.tempDir();
    }

    @AfterAll
    static void deleteDirectory() {
        TempDirs.delete(dir);
    }

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("CUEDECK_PORT", "0", "CUEDECK_TOKENS", "producer:" + PRODUCER,
                "CUEDECK_DATA_DIR", dir.resolve(UUID.randomUUID().toString()).toString()));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static RunningServer start(String... pairs) {
        return CuedeckServer.start(ServerConfig.from(ConfigSource.of(env(pairs))));
    }

    private static HttpClient trusting() {
        return HttpClient.newBuilder().sslContext(studio.clientContext()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void aPkcs12KeystoreMakesTheServerSpeakHttpsAndTheConsoleStreamWss() {
        Path p12 = TestPki.writePkcs12(studio.server(), dir.resolve("server.p12"), "s3cret-pass");
        try (RunningServer server = start("CUEDECK_TLS_KEYSTORE", p12.toString(), "CUEDECK_TLS_PASSWORD", "s3cret-pass")) {
            assertThat(server.baseUrl()).startsWith("https://127.0.0.1:");
            Api api = new Api(server::baseUrl, trusting());
            assertThat(api.get("/health", null).status()).isEqualTo(200);
            String show = new Fixtures(api).liveShow();
            String cue = new Fixtures(api).poll(show);

            String wss = server.baseUrl().replace("https://", "wss://");
            TestViewer console = TestViewer.connectNow(trusting(), wss + "/api/v1/shows/" + show + "/console?token=" + PRODUCER);
            TestViewer viewer = TestViewer.connectNow(trusting(), wss + "/v1/shows/" + show + "/live?viewerId="
                    + UUID.randomUUID());
            assertThat(console.next("engines", WAIT).get("hotUp").asBoolean()).isTrue();
            api.fire(show, cue);

            JsonNode cueMessage = viewer.next("cue", WAIT);
            assertThat(cueMessage.get("prompt").asText()).isEqualTo("Who wins?");
            assertThat(console.next("fire", WAIT).get("cueId").asText()).isEqualTo(cue);
            console.close();
            viewer.close();
        }
    }

    @Test
    void overWssThePageThisServerServedMayOpenAViewerSocketAndAnotherSitesPageIsRefusedWith403() {
        Path p12 = TestPki.writePkcs12(studio.server(), dir.resolve("origin.p12"), "s3cret-pass");
        try (RunningServer server = start("CUEDECK_TLS_KEYSTORE", p12.toString(), "CUEDECK_TLS_PASSWORD", "s3cret-pass")) {
            Api api = new Api(server::baseUrl, trusting());
            String show = new Fixtures(api).liveShow();
            String cue = new Fixtures(api).poll(show);
            String live = server.baseUrl().replace("https://", "wss://") + "/v1/shows/" + show + "/live?viewerId=";

            TestViewer own = TestViewer.connectFrom(trusting(), live + UUID.randomUUID(), server.baseUrl())
                    .orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
            api.fire(show, cue);
            assertThat(own.next("cue", WAIT).get("prompt").asText()).isEqualTo("Who wins?");
            own.close();

            for (String other : new String[] {"https://quiz.example.com", server.baseUrl().replace("https://", "http://")}) {
                assertThatThrownBy(() -> TestViewer.connectFrom(trusting(), live + UUID.randomUUID(), other)
                        .orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join())
                        .as("a page of %s", other)
                        .satisfies(e -> assertThat(handshakeStatus(e)).isEqualTo(403));
            }
        }
    }

    /** The HTTP status that refused a WebSocket upgrade, or -1 when it failed otherwise. */
    private static int handshakeStatus(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.http.WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
        }
        return -1;
    }

    @Test
    void aPemFileWithChainAndKeyOrTwoPemFilesOrAnEncryptedKeyWorkToo() {
        TestPki.Issued issued = studio.server();
        Path both = TestPki.writePem(issued, dir.resolve("both.pem"));
        try (RunningServer server = start("CUEDECK_TLS_KEYSTORE", both.toString())) {
            assertThat(new Api(server::baseUrl, trusting()).get("/health", null).status()).isEqualTo(200);
        }
        Path chain = TestPki.writeChainPem(issued, dir.resolve("chain.pem"));
        Path key = TestPki.writeKeyPem(issued, dir.resolve("key.pem"));
        try (RunningServer server = start("CUEDECK_TLS_KEYSTORE", chain.toString(), "CUEDECK_TLS_KEY", key.toString())) {
            assertThat(new Api(server::baseUrl, trusting()).get("/health", null).status()).isEqualTo(200);
        }
        Path encrypted = TestPki.writeEncryptedKeyPem(issued, dir.resolve("key-enc.pem"), "key-pass");
        try (RunningServer server = start("CUEDECK_TLS_KEYSTORE", chain.toString(), "CUEDECK_TLS_KEY", encrypted.toString(),
                "CUEDECK_TLS_PASSWORD", "key-pass")) {
            assertThat(new Api(server::baseUrl, trusting()).get("/health", null).status()).isEqualTo(200);
        }
        assertThatThrownBy(() -> start("CUEDECK_TLS_KEYSTORE", chain.toString(), "CUEDECK_TLS_KEY", encrypted.toString(),
                "CUEDECK_TLS_PASSWORD", "wrong")).hasMessageStartingWith("CUEDECK_TLS_PASSWORD does not open the encrypted key");
    }

    @Test
    void aClientThatDoesNotTrustTheStudioCaIsRefusedAndPlainHttpIsNotServed() throws Exception {
        Path p12 = TestPki.writePkcs12(studio.server(), dir.resolve("refuse.p12"), "pw-12345");
        try (RunningServer server = start("CUEDECK_TLS_KEYSTORE", p12.toString(), "CUEDECK_TLS_PASSWORD", "pw-12345")) {
            HttpClient stranger = HttpClient.newBuilder().sslContext(TestPki.create("Another CA").clientContext()).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health")).build();
            assertThatThrownBy(() -> stranger.send(health, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);

            HttpRequest plain = HttpRequest.newBuilder(URI.create(server.baseUrl().replace("https", "http") + "/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            int status;
            try {
                status = HttpClient.newHttpClient().send(plain, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (IOException refused) {
                status = -1;
            }
            assertThat(status).isNotEqualTo(200);
        }
    }

    @Test
    void aWrongPasswordStopsTheStartWithOneLineThatNeverShowsThePassword() {
        Path p12 = TestPki.writePkcs12(studio.server(), dir.resolve("pw.p12"), "right-password");
        assertThatThrownBy(() -> start("CUEDECK_TLS_KEYSTORE", p12.toString(), "CUEDECK_TLS_PASSWORD", "wrong-password"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("CUEDECK_TLS_PASSWORD does not open CUEDECK_TLS_KEYSTORE=" + p12 + " (wrong password)")
                .hasMessageNotContaining("wrong-password");
        assertThatThrownBy(() -> start("CUEDECK_TLS_KEYSTORE", p12.toString()))
                .hasMessageContaining("set CUEDECK_TLS_PASSWORD");
    }

    @Test
    void aMissingUnreadableOrMismatchedFileStopsTheStartNamingIt() throws IOException {
        Path missing = dir.resolve("nope.p12");
        assertThatThrownBy(() -> start("CUEDECK_TLS_KEYSTORE", missing.toString(), "CUEDECK_TLS_PASSWORD", "x"))
                .hasMessageStartingWith("CUEDECK_TLS_KEYSTORE=" + missing + " is not valid: a readable file");

        Path garbage = Files.writeString(dir.resolve("garbage.p12"), "this is not a keystore");
        assertThatThrownBy(() -> start("CUEDECK_TLS_KEYSTORE", garbage.toString(), "CUEDECK_TLS_PASSWORD", "x"))
                .hasMessageContaining("is neither a PKCS#12 keystore nor a PEM file");

        Path chain = TestPki.writeChainPem(studio.server(), dir.resolve("chain-only.pem"));
        assertThatThrownBy(() -> start("CUEDECK_TLS_KEYSTORE", chain.toString()))
                .hasMessageContaining("holds no private key");

        Path otherKey = TestPki.writeKeyPem(studio.server(), dir.resolve("other-key.pem"));
        assertThatThrownBy(() -> start("CUEDECK_TLS_KEYSTORE", chain.toString(), "CUEDECK_TLS_KEY", otherKey.toString()))
                .hasMessageContaining("the private key does not belong to the certificate for CN=localhost");

        Path expired = TestPki.writePem(studio.server(Instant.now().minus(Duration.ofDays(60)),
                Instant.now().minus(Duration.ofDays(1))), dir.resolve("expired.pem"));
        assertThatThrownBy(() -> start("CUEDECK_TLS_KEYSTORE", expired.toString()))
                .hasMessageContaining("the certificate for CN=localhost expired on");
    }

    @Test
    void theJarPrintsOneLineAndExitsWith2OnABadKeystore() throws Exception {
        Path p12 = TestPki.writePkcs12(studio.server(), dir.resolve("main.p12"), "right-password");
        try (ChildServer child = ChildServer.start(env("CUEDECK_TLS_KEYSTORE", p12.toString(),
                "CUEDECK_TLS_PASSWORD", "typo"))) {
            assertThat(child.awaitExit()).isEqualTo(2);
            assertThat(child.output().strip()).isEqualTo("Cuedeck server not started: CUEDECK_TLS_PASSWORD does not open "
                    + "CUEDECK_TLS_KEYSTORE=" + p12 + " (wrong password)");
        }
        try (ChildServer child = ChildServer.start(env("CUEDECK_TLS_KEYSTORE", p12.toString(),
                "CUEDECK_TLS_PASSWORD", "right-password"))) {
            assertThat(child.awaitBaseUrl()).startsWith("https://127.0.0.1:");
        }
    }
}
