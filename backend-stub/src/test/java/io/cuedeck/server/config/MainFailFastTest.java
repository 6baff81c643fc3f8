package io.cuedeck.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.testing.ChildServer;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The jar's main, as an operator meets it: a bad value stops the start with one line and status 2. */
class MainFailFastTest {

    @Test
    void anUnknownEngineStopsTheStartWithOneLineAndStatus2() throws Exception {
        try (ChildServer child = ChildServer.start(Map.of("CUEDECK_HOT", "mongo"))) {
            assertThat(child.awaitExit()).isEqualTo(2);
            assertThat(child.output().strip())
                    .isEqualTo("Cuedeck server not started: CUEDECK_HOT=mongo is not valid: one of memory, redis");
        }
    }

    @Test
    void withoutTokensTheServerMakesAProducerTokenAndPrintsOnlyWhereItIs() throws Exception {
        Path dir = TestServer.tempDir();
        try (ChildServer child = ChildServer.start(Map.of("CUEDECK_DATA_DIR", dir.toString()))) {
            String base = child.awaitBaseUrl();
            Path tokenFile = dir.resolve("producer.token");
            String token = Files.readString(tokenFile).strip();

            assertThat(child.output()).contains(tokenFile.toString()).doesNotContain(token);
            assertThat(Files.getPosixFilePermissions(tokenFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(new io.cuedeck.server.testing.Api(base).get("/api/v1/shows", token).status()).isEqualTo(200);
            assertThat(base).startsWith("http://127.0.0.1:");
        } finally {
            TempDirs.delete(dir);
        }
    }
}
