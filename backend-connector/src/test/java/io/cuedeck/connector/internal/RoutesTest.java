package io.cuedeck.connector.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void pathsHangOffTheServerRootWithOrWithoutATrailingSlash() {
        assertThat(new Routes(URI.create("http://127.0.0.1:8080")).cues("s1").toString())
                .isEqualTo("http://127.0.0.1:8080/api/v1/shows/s1/cues");
        assertThat(new Routes(URI.create("http://127.0.0.1:8080/")).health().toString())
                .isEqualTo("http://127.0.0.1:8080/health");
    }

    @Test
    void aBaseUrlBehindAProxyKeepsItsPathPrefix() {
        Routes routes = new Routes(URI.create("https://studio.example/cuedeck/"));

        assertThat(routes.fireAction("s1", "f1", "report").toString())
                .isEqualTo("https://studio.example/cuedeck/api/v1/shows/s1/fires/f1/report");
        assertThat(routes.consoleSocket("s1")).isEqualTo(URI.create("wss://studio.example/cuedeck/api/v1/shows/s1/console"));
    }

    @Test
    void anIdCannotEscapeItsPathSegment() {
        Routes routes = new Routes(URI.create("http://127.0.0.1:8080"));

        assertThat(routes.show("../health?x=1").encodedPath()).isEqualTo("/api/v1/shows/..%2Fhealth%3Fx=1");
    }
}
