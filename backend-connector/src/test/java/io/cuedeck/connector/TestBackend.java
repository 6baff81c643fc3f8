package io.cuedeck.connector;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.http.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real backend (the server's own composition root) in the test JVM on a random loopback port,
 * with its own data directory and the three roles' tokens. It can stop and start again on the
 * same port and data, as a server restart does.
 */
public final class TestBackend implements AutoCloseable {

    public static final String PRODUCER = "producer-t0ken";
    public static final String HOST = "host-t0ken";
    public static final String MANAGER = "manager-t0ken";
    /** A host token tied to the show {@code news} (which the tests may or may not create). */
    public static final String NEWS_HOST = "news-host-t0ken";

    private final Path dataDir;
    private RunningServer server;
    private int port;

    private TestBackend() throws IOException {
        dataDir = Files.createTempDirectory("cuedeck-connector-test");
        server = CuedeckServer.start(config(0));
        port = server.port();
    }

    public static TestBackend start() {
        try {
            return new TestBackend();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ServerConfig config(int onPort) {
        return ServerConfig.defaults(dataDir).withPort(onPort)
                .withTokens(Tokens.parse("producer:" + PRODUCER + ",host:" + HOST + ",manager:" + MANAGER
                        + ",host@news:" + NEWS_HOST));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** A client with retries that do not wait, so failure tests stay fast. */
    public CuedeckClient client(String token) {
        return CuedeckClient.create(ClientConfig.of(baseUrl(), token).withRetry(RetryPolicy.NO_WAIT));
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts again on the same port with the same data, like a restarted server process. */
    public void restart() {
        stop();
        server = CuedeckServer.start(config(port));
    }

    /** A live show with one English/Chinese poll of two options, open for {@code seconds}. */
    public static ShowAndCue livePoll(CuedeckClient producer, int seconds) {
        Show show = producer.createShow(NewShow.titled("Connector test show"));
        Cue cue = producer.addCue(show.id(), poll(seconds));
        producer.updateShow(show.id(), ShowPatch.status(ShowStatus.LIVE));
        return new ShowAndCue(show.id(), cue.id());
    }

    public static CueDraft poll(int seconds) {
        return new CueDraft(CueKind.POLL, Map.of("en", "Best song tonight?", "zh-TW", "今晚最佳歌曲？"),
                List.of(Map.of("en", "The first", "zh-TW", "第一首"), Map.of("en", "The second", "zh-TW", "第二首")),
                null, seconds, "en");
    }

    public record ShowAndCue(String showId, String cueId) {
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
