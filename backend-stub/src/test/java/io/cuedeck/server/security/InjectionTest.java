package io.cuedeck.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.http.RouteCatalog.Route;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.RawHttp;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Path traversal and injection in every id of every route, and in cue text. Ids are looked up as
 * data (SQLite with bound parameters, DynamoDB keys, Redis keys), never put together into a query
 * or a file path: a hostile id is a 4xx and changes nothing. Cue text is stored and handed back
 * byte for byte, to the API and the viewer socket alike (JSON strings); the server never writes it
 * into HTML. How the console shows such text (as text) is {@code CueTextAsTextUiTest} in app/.
 */
class InjectionTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    static final List<String> HOSTILE = List.of("../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fpom.xml",
            "....//....//etc/passwd", "' OR '1'='1", "1; DROP TABLE shows;--", "\" OR \"\"=\"", "{\"$gt\":\"\"}",
            "{\"$where\":\"sleep(1000)\"}", "*", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1/x}", "%00", "\u0000", "a\u202Eb", "\uFEFF");

    /** {@code text} as one path segment, percent-encoded the way a client's library would send it. */
    private static String segment(String text) {
        return text.startsWith("%") ? text : URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void aHostileIdInAnyRouteIsA4xxAndChangesNothing() {
        Api api = server.api();
        Fixtures fixtures = new Fixtures(api);
        String show = fixtures.liveShow();
        fixtures.poll(show);
        String before = api.get("/api/v1/shows", TestServer.PRODUCER).body();
        String cuesBefore = api.get("/api/v1/shows/" + show + "/cues", TestServer.PRODUCER).body();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Route route : server.server().routes()) {
            if (!route.path().contains("{") || route.method().equals("WS")) {
                continue;
            }
            for (String hostile : HOSTILE) {
                String path = route.path().replaceAll("\\{[^}]+}", segment(hostile));
                Api.Response r;
                try {
                    r = api.send(route.method(), path, TestServer.PRODUCER,
                            route.method().equals("GET") || route.method().equals("DELETE") ? null : "{}", Map.of());
                } catch (java.io.UncheckedIOException noAnswer) {
                    wrong.add(route.method() + " " + path + " -> no answer: " + noAnswer.getMessage());
                    continue;
                }
                sent++;
                if (r.status() < 400 || r.status() >= 500 || r.body().contains("root:") || r.body().contains("<project")) {
                    wrong.add(route.method() + " " + path + " -> " + r.status() + " " + r.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(sent).isGreaterThan(300);
        assertThat(api.get("/api/v1/shows", TestServer.PRODUCER).body()).isEqualTo(before);
        assertThat(api.get("/api/v1/shows/" + show + "/cues", TestServer.PRODUCER).body()).isEqualTo(cuesBefore);
    }

    /** Regression: Jetty closed the connection after such a 400 without saying so (see JettyErrors). */
    @Test
    void aNulInAnIdIsA400ThatAnnouncesTheConnectionCloses() throws Exception {
        RawHttp raw = new RawHttp(server.baseUrl());
        try (java.net.Socket socket = raw.open()) {
            socket.getOutputStream().write(("GET /api/v1/shows/%00 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestServer.PRODUCER + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            RawHttp.Reply reply = RawHttp.read(socket, false);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("error").asText()).isEqualTo("bad_request");
            assertThat(reply.header("connection")).isEqualTo("close");
        }
    }

    @Test
    void aTraversalInTheCompanionPagesAssetNameNeverReachesAFile() {
        RawHttp raw = new RawHttp(server.baseUrl());
        for (String name : List.of("../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/pom.xml",
                "..%5c..%5cpom.xml", "%252e%252e%252fpom.xml", "/etc/passwd")) {
            RawHttp.Reply r = raw.send(RawHttp.request("GET", "/watch/assets/" + name));
            assertThat(r.status()).as(name + " -> " + r.body()).isBetween(400, 499);
            assertThat(r.body()).doesNotContain("root:").doesNotContain("<project");
        }
    }

    @Test
    void aShowsOwnIdMustBeLettersDigitsDashesOrUnderscores() {
        for (String hostile : HOSTILE) {
            Api.Response r = server.api().post("/api/v1/shows", TestServer.PRODUCER, Map.of("id", hostile, "title", "x"));
            assertThat(r.status()).as(hostile).isEqualTo(400);
            assertThat(r.field()).isEqualTo("id");
        }
    }

    @Test
    void sqlNoSqlHtmlAndScriptInACueAreStoredAndHandedBackAsTheTextTheyAre() {
        Api api = server.api();
        Fixtures fixtures = new Fixtures(api);
        String show = fixtures.liveShow();
        String prompt = "<script>alert('x')</script><b>bold</b> '; DROP TABLE cues;-- {\"$ne\":null} ${jndi:x} &amp;";
        String option = "<img src=x onerror=alert(1)>";
        Api.Response created = api.post("/api/v1/shows/" + show + "/cues", TestServer.PRODUCER, Map.of("kind", "poll",
                "prompt", Map.of("en", prompt), "options", List.of(Map.of("en", option), Map.of("en", "' OR 1=1 --"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String cue = created.json().get("id").asText();

        var stored = api.get("/api/v1/shows/" + show + "/cues/" + cue, TestServer.PRODUCER).json();
        assertThat(stored.at("/prompt/en").asText()).isEqualTo(prompt);
        assertThat(stored.at("/options/0/en").asText()).isEqualTo(option);
        assertThat(api.get("/api/v1/shows", TestServer.PRODUCER).status()).as("the tables are all there").isEqualTo(200);

        TestViewer viewer = TestViewer.connectNow(HttpClient.newHttpClient(),
                server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID());
        api.fire(show, cue);
        var message = viewer.next("cue", Duration.ofSeconds(10));
        assertThat(message.toString()).contains(new com.fasterxml.jackson.databind.node.TextNode(prompt).toString());
        viewer.close();

        String page = api.get("/watch/" + show, null).body();
        assertThat(page).as("the companion page is the same for every show: cue text is never written into it")
                .doesNotContain("alert(").doesNotContain("DROP TABLE");
    }
}
