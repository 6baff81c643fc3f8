package io.cuedeck.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.server.http.TokenCommand;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.ChildServer;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every token a run uses (good, wrong, rotated away, in the header and in the console socket's
 * query) is looked for in everything an operator or a client sees: the server's whole log (a child
 * JVM with Cuedeck's own loggers at DEBUG), its metrics, and every response body; and in the log
 * files this module's test run has written so far (the fixed tokens of {@link TestServer}).
 */
class TokensNeverLoggedTest {

    @Test
    void noTokenUsedInARunAppearsInTheLogTheMetricsOrAnyAnswer() throws Exception {
        Path dir = TestServer.tempDir();
        Path file = dir.resolve("tokens");
        List<String> used = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        String producer = "prod-" + UUID.randomUUID();
        String host = "host-" + UUID.randomUUID();
        used.add(producer);
        used.add(host);
        String alice = tokenCommand(file, "add", "producer", "alice");
        used.add(alice);
        try (ChildServer child = ChildServer.start(Map.of("CUEDECK_TOKENS", "producer:" + producer + ",host:" + host,
                "CUEDECK_TOKEN_FILE", file.toString(), "CUEDECK_DATA_DIR", dir.resolve("data").toString(),
                "CUEDECK_LOGIN_MAX_FAILURES", "4"), List.of("-Dorg.slf4j.simpleLogger.log.io.cuedeck=debug"))) {
            Api api = child.api();
            String show = liveShow(api, producer, bodies);
            String cue = poll(api, producer, show, bodies);
            bodies.add(api.fire(show, cue, host, UUID.randomUUID().toString(), null).body());
            bodies.add(api.get("/api/v1/shows/" + show + "/report", alice).body());
            bodies.add(api.get("/api/v1/shows/" + show + "/cues", host).body());
            bodies.add(api.post("/api/v1/shows", host, Map.of("title", "not allowed")).body());

            String wss = child.awaitBaseUrl().replace("http://", "ws://") + "/api/v1/shows/" + show + "/console?token=";
            TestViewer.connectNow(HttpClient.newHttpClient(), wss + host).close();
            String socketGuess = "sock-" + UUID.randomUUID();
            used.add(socketGuess);
            try {
                TestViewer.connectNow(HttpClient.newHttpClient(), wss + socketGuess);
            } catch (CompletionException refused) {
                // 401, as it should be
            }
            for (int i = 0; i < 6; i++) {
                String guess = "guess-" + UUID.randomUUID();
                used.add(guess);
                bodies.add(api.get("/api/v1/shows", guess).body());
            }

            String rotated = tokenCommand(file, "rotate", "alice");
            used.add(rotated);
            await().atMost(Duration.ofSeconds(10)).until(() -> child.output().contains("token file " + file + " changed"));
            bodies.add(api.get("/metrics", null).body());
            child.stopGracefully();

            String log = child.output();
            assertThat(log).contains("token file").contains("sent 4 wrong tokens: it is refused (429)");
            for (String token : used) {
                assertThat(log).as("the server's log").doesNotContain(token);
                for (String body : bodies) {
                    assertThat(body).as("an answer or the metrics").doesNotContain(token);
                }
                assertThat(Files.readString(file)).as("the token file").doesNotContain(token);
            }
        } finally {
            TempDirs.delete(dir);
        }
        for (Path output : surefireOutputs()) {
            String text = Files.readString(output, StandardCharsets.UTF_8);
            for (String token : List.of(TestServer.PRODUCER, TestServer.HOST, TestServer.MANAGER)) {
                assertThat(text).as(output.getFileName().toString()).doesNotContain(token);
            }
        }
    }

    private static String liveShow(Api api, String producer, List<String> bodies) {
        Api.Response created = api.post("/api/v1/shows", producer, Map.of("title", "Token audit"));
        bodies.add(created.body());
        String id = created.json().get("id").asText();
        bodies.add(api.patch("/api/v1/shows/" + id, producer, Map.of("status", "live")).body());
        return id;
    }

    private static String poll(Api api, String producer, String show, List<String> bodies) {
        Api.Response r = api.post("/api/v1/shows/" + show + "/cues", producer, Map.of("kind", "poll",
                "prompt", Map.of("en", "Who?"), "options", List.of(Map.of("en", "A"), Map.of("en", "B"))));
        bodies.add(r.body());
        return r.json().get("id").asText();
    }

    private static String tokenCommand(Path file, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of("token"), Stream.concat(Stream.of(args), Stream.of("--file", file.toString())))
                .toArray(String[]::new);
        TokenCommand.run(all, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  ")).map(String::strip)
                .findFirst().orElseThrow();
    }

    /** This module's surefire output and report files written so far in this run. */
    private static List<Path> surefireOutputs() throws IOException {
        Path reports = Path.of("target", "surefire-reports");
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-output.txt")
                    || p.getFileName().toString().endsWith(".xml")).toList();
        }
    }
}
