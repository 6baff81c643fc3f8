package io.cuedeck.server.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /watch/{showId} and its files as a phone, a CDN and an attacker's page meet them. */
class CompanionPageTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);
    /** What a phone downloads on its first visit, before compression: the budget. */
    private static final int BUDGET_BYTES = 50_000;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/watch/assets/[^\"]+)\"");

    /** Jetty writes {@code text/html;charset=utf-8}: compare without the optional space. */
    private static String type(Api.Response r) {
        return header(r, "Content-Type").replace(" ", "");
    }

    private static String header(Api.Response r, String name) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    private static List<String> assetsOf(String html) {
        List<String> paths = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }

    @Test
    void thePageOfAShowIsHtmlWithAStrictPolicyAndIsNeverCachedForLong() {
        Api.Response page = api.get("/watch/" + fixtures.liveShow(), null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(type(page)).isEqualTo("text/html;charset=utf-8");
        assertThat(header(page, "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        String csp = header(page, "Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'",
                "require-trusted-types-for 'script'", "trusted-types 'none'", "base-uri 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:");
        String host = server.baseUrl().substring("http://".length());
        assertThat(csp).contains("connect-src 'self' ws://" + host + " wss://" + host + ";");
    }

    @Test
    void thePageHasNoInlineScriptNoInlineStyleAndNoWebFonts() {
        String html = api.get("/watch/" + fixtures.liveShow(), null).body();

        assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("style=", " on", "@font-face")
                .doesNotContainPattern("<style");
        assertThat(assetsOf(html)).hasSize(3);
        for (String path : assetsOf(html)) {
            assertThat(api.get(path, null).body()).doesNotContain("@font-face", "@import", "eval(", "new Function",
                    "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");
        }
    }

    @Test
    void itsFilesCarryTheirContentHashAndMayBeCachedForAYear() throws Exception {
        String html = api.get("/watch/" + fixtures.liveShow(), null).body();

        for (String path : assetsOf(html)) {
            Api.Response file = api.get(path, null);
            assertThat(file.status()).as(path).isEqualTo(200);
            assertThat(header(file, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
            assertThat(header(file, "X-Content-Type-Options")).isEqualTo("nosniff");
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(file.body().getBytes(StandardCharsets.UTF_8))).substring(0, 12);
            assertThat(path).matches("/watch/assets/(watch|icon)\\." + hash + "\\.(js|css|svg)");
            assertThat(type(file)).isEqualTo(path.endsWith(".js") ? "text/javascript;charset=utf-8"
                    : path.endsWith(".css") ? "text/css;charset=utf-8" : "image/svg+xml");
        }
    }

    @Test
    void theHtmlCssAndJsTogetherStayUnder50KbBeforeCompression() {
        String html = api.get("/watch/" + fixtures.liveShow(), null).body();
        int total = html.getBytes(StandardCharsets.UTF_8).length;
        for (String path : assetsOf(html)) {
            total += api.get(path, null).body().getBytes(StandardCharsets.UTF_8).length;
        }

        assertThat(total).as("bytes of the page and its files").isLessThan(BUDGET_BYTES);
    }

    @Test
    void aFileThatIsNotServedAnswersTheApisJson404() {
        Api.Response missing = api.get("/watch/assets/watch.000000000000.js", null);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.error()).isEqualTo("not_found");
    }

    @Test
    void anUnknownShowGetsThePageWith404SoThatItCanSaySoInTheViewersLanguage() {
        Api.Response page = api.get("/watch/no-such-show", null);

        assertThat(page.status()).isEqualTo(404);
        assertThat(type(page)).isEqualTo("text/html;charset=utf-8");
        assertThat(header(page, "Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void viewersMayReadAShowsTitleAndStatusWithoutAToken() {
        String show = fixtures.draftShow();

        Api.Response seen = api.get("/v1/shows/" + show, null);

        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("title").asText()).isEqualTo("Rehearsal");
        assertThat(seen.json().get("status").asText()).isEqualTo("draft");
        assertThat(seen.json().has("createdAt")).isFalse();
        assertThat(header(seen, "Cache-Control")).isEqualTo("public, max-age=5");
        assertThat(api.get("/v1/shows/no-such-show", null).error()).isEqualTo("not_found");
    }

    @Test
    void aHostHeaderThatIsNotAHostNameIsNotEchoedIntoThePolicy() {
        assertThat(PageHeaders.contentSecurityPolicy("evil.example; script-src *"))
                .contains("connect-src 'self';").doesNotContain("evil");
        assertThat(PageHeaders.contentSecurityPolicy("[::1]:8080")).contains("ws://[::1]:8080 wss://[::1]:8080");
        assertThat(PageHeaders.contentSecurityPolicy(null)).contains("connect-src 'self';");
    }
}
