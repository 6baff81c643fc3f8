package io.cuedeck.server.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which pages may open a viewer socket: the Origin check at the upgrade, as a browser meets it. */
class ViewerOriginTest {

    private static TestServer withOrigins(String allowed) {
        return TestServer.perClass(c -> ServerConfig.from(ConfigSource.of(Map.of(AllowedOrigins.KEY, allowed,
                "CUEDECK_DATA_DIR", c.dataDir().toString()))).withPort(0).withTokens(c.tokens()));
    }

    private static RawUpgrade upgrade(TestServer server, String show, String host, String origin) {
        String path = "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID() + "&lang=en";
        return RawUpgrade.send(server.server().port(), path, host, origin);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ByDefault {

        @RegisterExtension
        final TestServer server = TestServer.perClass();
        private String show;
        private String self;

        @BeforeAll
        void aLiveShow() {
            show = new Fixtures(server.api()).liveShow();
            self = "127.0.0.1:" + server.server().port();
        }

        private String show() {
            return show;
        }

        @Test
        void thePageThisServerServedMayOpenASocket() {
            assertThat(upgrade(server, show(), self, "http://" + self).status()).isEqualTo(101);
        }

        @Test
        void aNativeAppWithoutAnOriginMayOpenASocket() {
            assertThat(upgrade(server, show(), self, null).status()).isEqualTo(101);
        }

        @Test
        void ownIsWhateverNameThePhoneUsedToReachTheServer() {
            assertThat(upgrade(server, show(), "studio-laptop.local:8080", "http://studio-laptop.local:8080").status())
                    .isEqualTo(101);
            assertThat(upgrade(server, show(), "LOCALHOST", "http://localhost:80").status()).isEqualTo(101);
        }

        @Test
        void aPageOfAnotherSiteIsRefusedWithTheApisJsonError() {
            RawUpgrade refused = upgrade(server, show(), self, "https://evil.example");

            assertThat(refused.status()).isEqualTo(403);
            Api.Response body = new Api.Response(refused.status(), refused.body(), Map.of());
            assertThat(body.error()).isEqualTo("forbidden");
            assertThat(body.json().get("message").asText()).contains("https://evil.example")
                    .contains("CUEDECK_ALLOWED_ORIGINS");
        }

        @Test
        void anotherPortSchemeOrAnOpaqueOriginIsAnotherSite() {
            String show = show();
            assertThat(upgrade(server, show, self, "http://127.0.0.1:1").status()).isEqualTo(403);
            assertThat(upgrade(server, show, self, "https://" + self).status()).isEqualTo(403);
            assertThat(upgrade(server, show, self, "null").status()).isEqualTo(403);
            assertThat(upgrade(server, show, self, "http://" + self + "/watch").status()).isEqualTo(403);
        }

        @Test
        void refusalsAreCountedInTheMetrics() {
            upgrade(server, show(), self, "https://counted.example");

            assertThat(server.api().get("/metrics", null).body())
                    .containsPattern("cuedeck_viewer_origin_refused_total [1-9]");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithAListOfOrigins {

        @RegisterExtension
        final TestServer server = withOrigins("https://watch.example.com:443, http://192.168.1.20:8080");

        @Test
        void onlyTheListedPagesMayOpenASocketNotEvenTheServersOwn() {
            String show = new Fixtures(server.api()).liveShow();
            String self = "127.0.0.1:" + server.server().port();

            assertThat(upgrade(server, show, "cuedeck.example.com", "https://WATCH.example.com").status()).isEqualTo(101);
            assertThat(upgrade(server, show, self, "http://192.168.1.20:8080").status()).isEqualTo(101);
            assertThat(upgrade(server, show, self, "http://" + self).status()).isEqualTo(403);
            assertThat(upgrade(server, show, self, "http://watch.example.com").status()).isEqualTo(403);
            assertThat(upgrade(server, show, self, null).status()).isEqualTo(101);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithSelfAndAnotherOrigin {

        @RegisterExtension
        final TestServer server = withOrigins("self,https://app.example.org");

        @Test
        void bothTheServersOwnPageAndTheListedOneMayOpenASocket() {
            String show = new Fixtures(server.api()).liveShow();
            String self = "127.0.0.1:" + server.server().port();

            assertThat(upgrade(server, show, self, "http://" + self).status()).isEqualTo(101);
            assertThat(upgrade(server, show, self, "https://app.example.org").status()).isEqualTo(101);
            assertThat(upgrade(server, show, self, "https://other.example.org").status()).isEqualTo(403);
        }
    }
}
