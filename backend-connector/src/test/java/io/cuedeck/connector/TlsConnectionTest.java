package io.cuedeck.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cuedeck.connector.ConnectionState.Phase;
import io.cuedeck.connector.TestBackend.ShowAndCue;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.console.EngineStatus;
import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The connector against a backend serving HTTPS with a certificate of a studio's private CA:
 * refused (in words) until that CA is trusted, then requests and the console stream (WSS) work;
 * plain HTTP to another computer needs an explicit yes.
 */
class TlsConnectionTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final TestPki studio = TestPki.create("Studio 4 CA");
    private static Path dir;
    private static Path studioCa;
    private static RunningServer server;

    @BeforeAll
    static void startHttpsBackend() throws IOException {
        dir = Files.createTempDirectory("cuedeck-tls");
        studioCa = studio.writeCaPem(dir.resolve("studio-ca.pem"));
        server = httpsServer(TestPki.writePkcs12(studio.server(), dir.resolve("server.p12"), "pkcs12-pass"));
    }

    private static RunningServer httpsServer(Path keystore) {
        return CuedeckServer.start(ServerConfig.from(ConfigSource.of(Map.of("CUEDECK_PORT", "0",
                "CUEDECK_DATA_DIR", dir.resolve("data-" + keystore.getFileName()).toString(),
                "CUEDECK_TOKENS", "producer:" + TestBackend.PRODUCER,
                "CUEDECK_TLS_KEYSTORE", keystore.toString(), "CUEDECK_TLS_PASSWORD", "pkcs12-pass"))));
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static CuedeckClient client(String base, Path ca) {
        return CuedeckClient.create(ClientConfig.of(base, TestBackend.PRODUCER).withTrustedCa(ca)
                .withRetry(RetryPolicy.NO_WAIT).withStreamReconnect(new RetryPolicy(3, Duration.ofMillis(50),
                        Duration.ofMillis(100))));
    }

    @Test
    void aServerSignedByAnUnknownAuthorityIsRefusedInWordsAProducerCanActOn() {
        Path otherCa = TestPki.create("Some other CA").writeCaPem(dir.resolve("other-ca.pem"));
        for (Path ca : new Path[] {null, otherCa}) {
            try (CuedeckClient client = client(server.baseUrl(), ca)) {
                assertThatThrownBy(client::health)
                        .isInstanceOf(UntrustedServerException.class)
                        .hasMessage("The Cuedeck server 127.0.0.1 presented a certificate signed by an authority this "
                                + "computer does not trust. If your studio uses its own certificate authority, choose its "
                                + "certificate as the trusted CA in Backend… (Ctrl+L).");
            }
        }
    }

    @Test
    void withTheStudioCaTrustedRequestsAndTheWssConsoleStreamWork() {
        try (CuedeckClient client = client(server.baseUrl(), studioCa)) {
            assertThat(client.health().status()).isEqualTo("ok");
            ShowAndCue live = TestBackend.livePoll(client, 60);
            RecordingListener heard = new RecordingListener();
            try (ConsoleStream stream = client.openConsoleStream(live.showId(), heard)) {
                await().atMost(WAIT).until(() -> stream.state().isLive() && heard.count(EngineStatus.class) >= 1);
                FireReceipt receipt = client.fire(live.showId(), live.cueId(), false);
                await().atMost(WAIT).until(() -> heard.events.stream()
                        .anyMatch(e -> e instanceof FireStarted f && f.fireId().equals(receipt.fireId())));
            }
        }
    }

    @Test
    void theConsoleStreamOfAnUntrustedServerIsLostWithTheReasonNotRetriedForever() {
        try (CuedeckClient trusted = client(server.baseUrl(), studioCa);
                CuedeckClient untrusted = client(server.baseUrl(), null)) {
            String show = TestBackend.livePoll(trusted, 60).showId();
            RecordingListener heard = new RecordingListener();
            try (ConsoleStream stream = untrusted.openConsoleStream(show, heard)) {
                await().atMost(WAIT).until(() -> stream.state().phase() == Phase.LOST);
                assertThat(stream.state().reason()).contains("signed by an authority this computer does not trust");
                assertThat(heard.phases()).doesNotContain(Phase.LIVE);
            }
        }
    }

    @Test
    void aCertificateMadeOutToAnotherNameIsRefusedEvenFromATrustedAuthority() {
        RunningServer named = httpsServer(TestPki.writePkcs12(studio.serverNamed("studio-backend.example"),
                dir.resolve("named.p12"), "pkcs12-pass"));
        try (named; CuedeckClient client = client(named.baseUrl(), studioCa)) {
            assertThatThrownBy(client::health).isInstanceOf(UntrustedServerException.class)
                    .hasMessageContaining("is not made out to 127.0.0.1");
        }
    }

    @Test
    void plainHttpToAnotherComputerNeedsAnExplicitYesButLoopbackDoesNot() {
        assertThatThrownBy(() -> ClientConfig.of("http://192.168.1.20:8080", "t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("would not be encrypted");
        assertThatThrownBy(() -> ClientConfig.of("http://studio-backend:8080", "t"))
                .isInstanceOf(IllegalArgumentException.class);
        ClientConfig allowed = ClientConfig.of("http://127.0.0.1:8080", "t").withPlainHttpAllowed(true);
        assertThat(new ClientConfig(URI.create("http://192.168.1.20:8080"), "t", null, null, null, null, null, true)
                .allowPlainHttp()).isTrue();
        assertThat(allowed.toString()).doesNotContain("=t,");
        for (String local : new String[] {"http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080"}) {
            assertThat(ClientConfig.isUnencryptedRemote(URI.create(local))).as(local).isFalse();
        }
        assertThat(ClientConfig.isUnencryptedRemote(URI.create("https://192.168.1.20"))).isFalse();
    }
}
