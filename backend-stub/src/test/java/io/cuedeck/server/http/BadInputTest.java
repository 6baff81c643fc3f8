package io.cuedeck.server.http;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import io.cuedeck.server.testing.TestViewer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind to every route: always a 4xx with a JSON error (or a socket closed
 * with a reason), never a 5xx, and nothing stored.
 */
class BadInputTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static String show;
    private static String cue;
    private static String fire;
    private static String before;

    @BeforeAll
    static void start() {
        Fixtures fixtures = new Fixtures(api);
        show = fixtures.liveShow();
        cue = fixtures.poll(show);
        fire = api.fire(show, cue).get("fireId").asText();
        before = snapshot();
    }

    /** Everything a bad request could have changed. */
    private static String snapshot() {
        return api.get("/api/v1/shows", PRODUCER).body()
                + api.get("/api/v1/shows/" + show + "/cues", PRODUCER).body()
                + api.get("/api/v1/shows/" + show + "/fires", PRODUCER).body()
                + api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", PRODUCER).json().get("answers");
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    record Call(String method, String path, Object body) {
        @Override
        public String toString() {
            String text = body instanceof byte[] b ? "<" + b.length + " bytes>" : String.valueOf(body);
            return method + " " + path + " " + (text.length() > 60 ? text.substring(0, 60) + "..." : text);
        }
    }

    static Stream<Arguments> badRequests() {
        String s = "/api/v1/shows";
        String sh = s + "/SHOW";
        String cues = sh + "/cues";
        String c = cues + "/CUE";
        String hb = "/v1/shows/SHOW/heartbeat";
        String answer = "/v1/shows/SHOW/fires/FIRE/answer";
        String ack = "/v1/shows/SHOW/fires/FIRE/ack";
        List<Arguments> out = new ArrayList<>();
        // malformed JSON, and JSON that is not an object
        for (String path : List.of(s, cues, hb, answer, ack)) {
            for (String bad : List.of("{", "{\"title\": }", "not json", "[]", "\"text\"", "42", "null", "",
                    "{\"title\":\"a\"} trailing", "{\"title\":\"a\",\"title\":\"b\"}", "[".repeat(5_000))) {
                out.add(Arguments.of(new Call("POST", path, bad), 400));
            }
        }
        out.add(Arguments.of(new Call("PATCH", sh, "{"), 400));
        out.add(Arguments.of(new Call("PUT", c, "{"), 400));
        out.add(Arguments.of(new Call("PUT", sh + "/rundown", "{"), 400));
        out.add(Arguments.of(new Call("POST", c + "/fire", "{"), 400));
        out.add(Arguments.of(new Call("POST", s, new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), 400));
        // wrong types
        for (String body : List.of("{\"title\":5}", "{\"title\":true}", "{\"title\":[\"a\"]}", "{\"title\":{}}",
                "{\"title\":\"t\",\"scheduledStart\":\"yesterday\"}", "{\"title\":\"t\",\"scheduledStart\":12}",
                "{\"title\":\"t\",\"id\":7}")) {
            out.add(Arguments.of(new Call("POST", s, body), 400));
        }
        out.add(Arguments.of(new Call("PATCH", sh, "{\"status\":3}"), 400));
        out.add(Arguments.of(new Call("PATCH", sh, "{\"status\":\"LIVE!\"}"), 400));
        for (String body : List.of("{\"kind\":\"poll\",\"prompt\":\"Who?\"}", "{\"kind\":\"question\",\"prompt\":{\"en\":5}}",
                "{\"kind\":\"poll\",\"prompt\":{\"en\":\"q\"},\"options\":\"a,b\"}",
                "{\"kind\":\"question\",\"prompt\":{\"en\":\"q\"},\"answerSeconds\":3.5}",
                "{\"kind\":\"question\",\"prompt\":{\"en\":\"q\"},\"answerSeconds\":99999999999}",
                "{\"kind\":\"question\",\"prompt\":{\"en\":\"q\"},\"answerSeconds\":\"30\"}",
                "{\"kind\":\"quiz\",\"prompt\":{\"en\":\"q\"},\"correctOption\":true}", "{\"kind\":[]}")) {
            out.add(Arguments.of(new Call("POST", cues, body), 400));
        }
        out.add(Arguments.of(new Call("PUT", sh + "/rundown", "{\"order\":\"CUE\"}"), 400));
        out.add(Arguments.of(new Call("PUT", sh + "/rundown", "{\"order\":[1,2]}"), 400));
        out.add(Arguments.of(new Call("POST", c + "/fire", "{\"refire\":\"yes\"}"), 400));
        out.add(Arguments.of(new Call("POST", hb, "{\"viewerId\":123}"), 400));
        out.add(Arguments.of(new Call("POST", answer, "{\"viewerId\":\"" + uuid() + "\",\"choice\":\"1\"}"), 400));
        out.add(Arguments.of(new Call("POST", answer, "{\"viewerId\":\"" + uuid() + "\",\"choice\":1.5}"), 400));
        // unknown fields
        out.add(Arguments.of(new Call("POST", s, "{\"title\":\"t\",\"colour\":\"red\"}"), 400));
        out.add(Arguments.of(new Call("PATCH", sh, "{\"state\":\"live\"}"), 400));
        out.add(Arguments.of(new Call("POST", cues, "{\"kind\":\"question\",\"prompt\":{\"en\":\"q\"},\"extra\":1}"), 400));
        out.add(Arguments.of(new Call("PUT", sh + "/rundown", "{\"order\":[],\"force\":true}"), 400));
        out.add(Arguments.of(new Call("POST", c + "/fire", "{\"refire\":true,\"now\":true}"), 400));
        out.add(Arguments.of(new Call("POST", hb, "{\"viewerId\":\"" + uuid() + "\",\"device\":\"x\"}"), 400));
        out.add(Arguments.of(new Call("POST", answer, "{\"viewerId\":\"" + uuid() + "\",\"choice\":1,\"x\":1}"), 400));
        out.add(Arguments.of(new Call("POST", ack, "{\"viewerId\":\"" + uuid() + "\",\"at\":1}"), 400));
        // over-long text
        out.add(Arguments.of(new Call("POST", s, Map.of("title", "t".repeat(201))), 400));
        out.add(Arguments.of(new Call("POST", cues, Map.of("kind", "question", "prompt", Map.of("en", "q".repeat(501)))), 400));
        out.add(Arguments.of(new Call("POST", answer, Map.of("viewerId", uuid(), "text", "a".repeat(501))), 400));
        out.add(Arguments.of(new Call("POST", hb, Map.of("viewerId", uuid(), "platform", "ios", "region", "r".repeat(33))), 400));
        // bad UUIDs
        for (String bad : List.of("", "abc", "not-a-uuid-at-all-not-a-uuid-at-all", "g" + uuid().substring(1), uuid() + "0")) {
            out.add(Arguments.of(new Call("POST", hb, Map.of("viewerId", bad)), 400));
            out.add(Arguments.of(new Call("POST", answer, Map.of("viewerId", bad, "choice", 0)), 400));
            out.add(Arguments.of(new Call("POST", ack, Map.of("viewerId", bad)), 400));
        }
        // unknown show, cue, fire
        String q = "{\"kind\":\"question\",\"prompt\":{\"en\":\"q\"}}";
        out.add(Arguments.of(new Call("GET", "/api/v1/shows/nope", null), 404));
        out.add(Arguments.of(new Call("PATCH", "/api/v1/shows/nope", "{\"title\":\"t\"}"), 404));
        out.add(Arguments.of(new Call("POST", "/api/v1/shows/nope/cues", q), 404));
        out.add(Arguments.of(new Call("GET", "/api/v1/shows/nope/cues", null), 404));
        out.add(Arguments.of(new Call("GET", cues + "/nope", null), 404));
        out.add(Arguments.of(new Call("PUT", cues + "/nope", q), 404));
        out.add(Arguments.of(new Call("DELETE", cues + "/nope", null), 404));
        out.add(Arguments.of(new Call("POST", cues + "/nope/fire", null), 404));
        out.add(Arguments.of(new Call("POST", sh + "/fires/nope/close", null), 404));
        out.add(Arguments.of(new Call("POST", sh + "/fires/nope/reveal", null), 404));
        out.add(Arguments.of(new Call("GET", sh + "/fires/nope/report", null), 404));
        out.add(Arguments.of(new Call("GET", "/api/v1/shows/nope/report", null), 404));
        out.add(Arguments.of(new Call("GET", "/api/v1/shows/nope/live", null), 404));
        out.add(Arguments.of(new Call("GET", "/api/v1/shows/nope/fires", null), 404));
        out.add(Arguments.of(new Call("POST", "/v1/shows/nope/heartbeat", Map.of("viewerId", uuid())), 404));
        out.add(Arguments.of(new Call("POST", "/v1/shows/SHOW/fires/nope/answer", Map.of("viewerId", uuid(), "choice", 0)), 404));
        out.add(Arguments.of(new Call("POST", "/v1/shows/SHOW/fires/nope/ack", Map.of("viewerId", uuid())), 404));
        out.add(Arguments.of(new Call("GET", "/api/v1/nothing-here", null), 404));
        out.add(Arguments.of(new Call("DELETE", s, null), 405));
        // bodies over 64 KiB
        String huge = "{\"title\":\"" + "x".repeat(70 * 1024) + "\"}";
        for (String path : List.of(s, cues, hb, answer, sh + "/rundown", c + "/fire")) {
            out.add(Arguments.of(new Call(path.endsWith("rundown") ? "PUT" : "POST", path, huge), 413));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("badRequests")
    void aBadRequestGetsA4xxWithAJsonErrorAndChangesNothing(Call call, int status) {
        String path = call.path().replace("SHOW", show).replace("CUE", cue).replace("FIRE", fire);
        Map<String, String> headers = path.endsWith("/fire") ? Map.of("Idempotency-Key", uuid()) : Map.of();

        Response r = api.send(call.method(), path, path.startsWith("/api") ? PRODUCER : null, call.body(), headers);

        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode error = r.json();
        assertThat(error.get("error").asText()).isNotBlank().isNotEqualTo("internal");
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void wrongTypesAndUnknownFieldsNameTheField() {
        assertThat(api.post("/api/v1/shows", PRODUCER, "{\"title\":5}").field()).isEqualTo("title");
        assertThat(api.post("/api/v1/shows", PRODUCER, "{\"title\":\"t\",\"colour\":1}").field()).isEqualTo("colour");
        assertThat(api.post("/api/v1/shows/" + show + "/cues", PRODUCER,
                "{\"kind\":\"question\",\"prompt\":{\"en\":5}}").field()).isEqualTo("prompt.en");
        assertThat(api.post("/api/v1/shows/" + show + "/cues", PRODUCER,
                "{\"kind\":\"poll\",\"prompt\":{\"en\":\"q\"},\"options\":[{\"en\":\"a\"},{\"en\":7}]}").field())
                .isEqualTo("options[1].en");
        assertThat(api.post("/api/v1/shows", PRODUCER, "{").error()).isEqualTo("bad_json");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void noRequestOfThisSuiteWasAnsweredWithA5xx() {
        badRequests().forEach(a -> aBadRequestGetsA4xxWithAJsonErrorAndChangesNothing((Call) a.get()[0], (int) a.get()[1]));

        String metrics = api.get("/metrics", null).body();
        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .isNotEmpty().noneMatch(l -> l.contains("status=\"5"));
    }

    @Test
    void aSocketFrameOver16KiBClosesViewerAndConsoleSocketsWithAReason() {
        HttpClient http = HttpClient.newHttpClient();
        TestViewer viewer = TestViewer.connectNow(http, server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + uuid());
        TestViewer console = TestViewer.connectNow(http, server.wsBase() + "/api/v1/shows/" + show
                + "/console?token=" + PRODUCER);
        String big = "{\"type\":\"heartbeat\",\"x\":\"" + "y".repeat(16 * 1024) + "\"}";

        viewer.send(big);
        console.send(big);

        for (TestViewer socket : List.of(viewer, console)) {
            TestViewer.Close close = socket.awaitClose(Duration.ofSeconds(5));
            assertThat(close.code()).isEqualTo(1009);
            assertThat(close.reason()).isNotBlank();
        }
        assertThat(snapshot()).isEqualTo(before);
    }
}
