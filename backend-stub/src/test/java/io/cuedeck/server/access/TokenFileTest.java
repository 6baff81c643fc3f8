package io.cuedeck.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.cuedeck.server.CuedeckServer;
import io.cuedeck.server.RunningServer;
import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.http.Principal;
import io.cuedeck.server.http.Role;
import io.cuedeck.server.http.TokenCommand;
import io.cuedeck.server.http.TokenHashFile;
import io.cuedeck.server.http.Tokens;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tokens named and hashed at rest in the token file, kept with the token command, rotated while the server runs. */
class TokenFileTest {

    private final Path dir = TestServer.tempDir();
    private final Path file = dir.resolve("tokens");

    @AfterEach
    void deleteDirectory() {
        TempDirs.delete(dir);
    }

    /** Runs the token command as an operator would; answers the token it printed (or its error). */
    private String token(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 3];
        all[0] = "token";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--file";
        all[args.length + 2] = file.toString();
        int status = TokenCommand.run(all, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            return "refused: " + err.toString(StandardCharsets.UTF_8).strip();
        }
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  ")).map(String::strip)
                .findFirst().orElse(out.toString(StandardCharsets.UTF_8));
    }

    /** A server on the token file; the tests poll with tokens that stop working, so no throttling here. */
    private RunningServer server() {
        return CuedeckServer.start(ServerConfig.from(ConfigSource.of(Map.of("CUEDECK_PORT", "0",
                "CUEDECK_DATA_DIR", dir.resolve("data").toString(), "CUEDECK_TOKEN_FILE", file.toString(),
                "CUEDECK_LOGIN_MAX_FAILURES", "1000000"))));
    }

    @Test
    void theFileHoldsNamesRolesAndHashesNeverTheTokenAndOnlyItsOwnerReadsIt() throws Exception {
        String alice = token("add", "producer", "alice");
        String bob = token("add", "host", "bob");

        String text = Files.readString(file);
        assertThat(text).doesNotContain(alice).doesNotContain(bob)
                .contains("producer alice sha256:").contains("host bob sha256:");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        List<Tokens.Entry> entries = TokenHashFile.read(file);
        Tokens tokens = Tokens.of(entries);
        assertThat(tokens.principalOf(alice)).contains(new Principal("alice", Role.PRODUCER));
        assertThat(tokens.principalOf(bob)).contains(new Principal("bob", Role.HOST));
        assertThat(token("add", "host", "bob")).startsWith("refused: Token not changed: bob already has a token");
        assertThat(token("add", "director", "carol")).contains("allowed roles are producer, host, manager");
        assertThat(token("list")).contains("producer alice");
    }

    @Test
    void aTokenIsAddedRotatedAndRemovedWhileTheServerRunsWithoutARestart() {
        String alice = token("add", "producer", "alice");
        try (RunningServer server = server()) {
            Api api = new Api(server::baseUrl);
            assertThat(server.producerToken()).as("no token is generated when a token file is used").isEmpty();
            assertThat(api.get("/api/v1/shows", alice).status()).isEqualTo(200);

            String rotated = token("rotate", "alice");
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/shows", alice).status() == 401);
            assertThat(api.get("/api/v1/shows", rotated).status()).isEqualTo(200);

            String carol = token("add", "manager", "carol");
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/shows", carol).status() == 200);
            assertThat(api.post("/api/v1/shows", carol, Map.of("title", "x")).status()).isEqualTo(403);

            token("remove", "carol");
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/shows", carol).status() == 401);
        }
    }

    @Test
    void aBrokenEditKeepsTheTokensReadBeforeAndShowsInTheMetricsUntilTheFileIsFixed() throws Exception {
        String alice = token("add", "producer", "alice");
        try (RunningServer server = server()) {
            Api api = new Api(server::baseUrl);
            assertThat(api.get("/metrics", null).body()).contains("cuedeck_token_file_ok 1.0");

            Files.writeString(file, "producer alice sha256:not-hex\n");
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/metrics", null).body()
                    .contains("cuedeck_token_file_ok 0.0"));
            assertThat(api.get("/api/v1/shows", alice).status()).isEqualTo(200);

            Files.delete(file);
            String fixed = token("add", "producer", "alice");
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/shows", fixed).status() == 200);
            assertThat(api.get("/api/v1/shows", alice).status()).isEqualTo(401);
            assertThat(api.get("/metrics", null).body()).contains("cuedeck_token_file_ok 1.0");
        }
    }

    @Test
    void aBadLineOrAMissingFileStopsTheStartNamingTheLineNotTheHash() throws Exception {
        Files.writeString(file, "# tokens\nproducer alice sha256:" + "ab".repeat(32) + "\nhost bob sha256:ABC\n");
        assertThatThrownBy(this::server).isInstanceOf(ConfigException.class)
                .hasMessage("CUEDECK_TOKEN_FILE " + file + " line 3: the token must be given as sha256: and 64 lower-case hex digits");
        Files.delete(file);
        assertThatThrownBy(this::server).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("CUEDECK_TOKEN_FILE=" + file + " is not valid: an existing token file");
    }

    @Test
    void tokensOfCuedeckTokensAreNamedByRoleAndPositionAndTheGeneratedOneProducer() {
        Tokens tokens = Tokens.parse("producer:p1,host:h1,host:h2");
        assertThat(tokens.principalOf("h2")).contains(new Principal("host-2", Role.HOST));
        assertThat(tokens.principalOf("p1")).contains(new Principal("producer-1", Role.PRODUCER));
        assertThat(Tokens.producer("g").principalOf("g")).contains(new Principal("producer", Role.PRODUCER));
    }

    @Test
    void aHostTokenTiedToAShowKeepsItsShowThroughAReloadAndARotate() {
        String alice = token("add", "producer", "alice");
        String ben = token("add", "host", "ben", "--show", "news");
        assertThat(token("add", "manager", "carol", "--show", "news"))
                .isEqualTo("refused: Token not changed: --show: only a host token can be tied to a show (show news); "
                        + "a manager token acts on every show");
        assertThat(token("list")).contains("host ben show=news");
        try (RunningServer server = server()) {
            Api api = new Api(server::baseUrl);
            for (String id : new String[] {"news", "sport"}) {
                assertThat(api.post("/api/v1/shows", alice, Map.of("id", id, "title", id)).status()).isEqualTo(201);
            }
            assertThat(api.get("/api/v1/shows", ben).json().findValuesAsText("id")).containsExactly("news");

            String rotated = token("rotate", "ben");
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/me", rotated).status() == 200);
            assertThat(api.get("/api/v1/me", rotated).json().get("show").asText()).isEqualTo("news");
            assertThat(api.get("/api/v1/shows/sport", rotated).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/shows/news", rotated).status()).isEqualTo(200);
        }
        assertThat(token("list")).contains("host ben show=news");
    }

    @Test
    void aTokenOfAnotherRoleTiedToAShowOrABadShowIdStopsTheStartWithOneLine() throws Exception {
        assertThatThrownBy(() -> ServerConfig.from(ConfigSource.of(Map.of("CUEDECK_TOKENS", "host:h,producer@news:p"))))
                .isInstanceOf(ConfigException.class).hasMessage("CUEDECK_TOKENS entry 2 (producer@news): only a host "
                        + "token can be tied to a show (show news); a producer token acts on every show");
        assertThatThrownBy(() -> ServerConfig.from(ConfigSource.of(Map.of("CUEDECK_TOKENS", "host@news/2:h"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("CUEDECK_TOKENS entry 1 (host@news/2): 'news/2' is not a show id (1-64 of A-Z a-z 0-9 _ -)");

        Files.writeString(file, "host ben sha256:" + "ab".repeat(32) + " show=news\nautomation push sha256:"
                + "cd".repeat(32) + " show=news\n");
        assertThatThrownBy(this::server).isInstanceOf(ConfigException.class).hasMessage("CUEDECK_TOKEN_FILE " + file
                + " line 2: only a host token can be tied to a show (show news); an automation token acts on every show");
        Files.writeString(file, "host ben sha256:" + "ab".repeat(32) + " news\n");
        assertThatThrownBy(this::server).isInstanceOf(ConfigException.class).hasMessage("CUEDECK_TOKEN_FILE " + file
                + " line 1 is not 'role name sha256:<hex>' or 'host name sha256:<hex> show=<showId>'");
    }
}
