package io.cuedeck.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rehearsal backend, on loopback by default or open to phones; the console reaches it on loopback either way. */
class EmbeddedRehearsalTest {

    @TempDir
    Path home;

    private static int status(URI url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void byDefaultTheRehearsalIsOnLoopbackOnly() throws Exception {
        EmbeddedStarter.Started started = new EmbeddedRehearsal(home, Duration.ZERO).start(0);
        try {
            assertThat(started.backend().openToNetwork()).isFalse();
            assertThat(started.backend().baseUrl().getHost()).isEqualTo("127.0.0.1");
        } finally {
            started.backend().close();
        }
    }

    @Test
    void openToPhonesTheConsoleStillTalksToLoopbackAndThePageIsServed() throws Exception {
        EmbeddedStarter.Started started = new EmbeddedRehearsal(home, Duration.ZERO).start(0, true);
        try {
            Backend backend = started.backend();
            assertThat(backend.openToNetwork()).isTrue();
            assertThat(backend.baseUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(backend.health().status()).isEqualTo("ok");
            assertThat(status(URI.create(backend.baseUrl() + "/watch/" + started.rehearsalShowId()))).isEqualTo(200);
        } finally {
            started.backend().close();
        }
    }
}
