package io.cuedeck.server.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.testing.ChildServer;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

    private static AllowedOrigins read(String value) {
        return AllowedOrigins.from(ConfigSource.of(Map.of(AllowedOrigins.KEY, value)));
    }

    @Test
    void unsetOrBlankMeansTheServersOwnOriginOnly() {
        assertThat(AllowedOrigins.from(ConfigSource.empty())).isEqualTo(AllowedOrigins.defaults());
        assertThat(read("  ")).isEqualTo(AllowedOrigins.defaults());
        assertThat(AllowedOrigins.defaults().self()).isTrue();
        assertThat(AllowedOrigins.defaults().listed()).isEmpty();
    }

    @Test
    void originsAreReadInOneSpellingWithTheDefaultPortLeftOut() {
        AllowedOrigins read = read("self, HTTPS://Watch.Example.com:443 ,http://10.0.0.5:8080,http://[::1]:9000");

        assertThat(read.self()).isTrue();
        assertThat(read.listed()).containsExactlyInAnyOrder("https://watch.example.com", "http://10.0.0.5:8080",
                "http://[::1]:9000");
        assertThat(read.allows("https://watch.example.com", null)).isTrue();
        assertThat(read.allows("http://watch.example.com", null)).isFalse();
    }

    @Test
    void anythingButSelfAndOriginsStopsTheStartNamingTheEntry() {
        for (String bad : new String[] {"*", "watch.example.com", "https://watch.example.com/", "ftp://files.example.com",
                "https://a.example,,https://b.example", "https://user@watch.example.com", "null"}) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(AllowedOrigins.KEY + "=" + bad + " is not valid: ")
                    .hasMessageContaining("is not one");
        }
    }

    @Test
    void theJarRefusesToStartOnABadValueWithOneLineAndStatus2() throws Exception {
        Path dir = TestServer.tempDir();
        try (ChildServer child = ChildServer.start(Map.of(AllowedOrigins.KEY, "https://ok.example,*.example.com",
                "CUEDECK_DATA_DIR", dir.toString()))) {
            assertThat(child.awaitExit()).isEqualTo(2);
            assertThat(child.output().strip()).startsWith("Cuedeck server not started: CUEDECK_ALLOWED_ORIGINS="
                    + "https://ok.example,*.example.com is not valid:").endsWith("'*.example.com' is not one");
        } finally {
            TempDirs.delete(dir);
        }
    }
}
