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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The probe's "loose reading" findings: every body and frame is read by one strict decoder, so a
 * blank where a number belongs, a body that is not an object, a syntax error deep inside, a lone
 * surrogate or a {@code null} frame is named, and nothing is stored.
 */
class StrictDecodingTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static Fixtures fixtures;
    private static String show;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(api);
        show = fixtures.liveShow();
    }

    private static String cues() {
        return "/api/v1/shows/" + show + "/cues";
    }

    @ParameterizedTest(name = "answerSeconds {0}")
    @ValueSource(strings = {"\"   \"", "\"\"", "\"\\u0001\\u0002\"", "\"\\t\\n\""})
    void blanksOrControlCharactersAreNotAnAbsentNumber(String value) {
        int before = api.get(cues(), PRODUCER).json().size();

        Response r = api.post(cues(), PRODUCER, "{\"kind\":\"question\",\"prompt\":{\"en\":\"q\"},\"answerSeconds\":" + value + "}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("validation");
        assertThat(r.field()).isEqualTo("answerSeconds");
        assertThat(api.get(cues(), PRODUCER).json().size()).isEqualTo(before);
    }

    @Test
    void blanksAreNotAnAbsentFlagOrObjectEither() {
        String own = fixtures.liveShow();
        String cue = fixtures.question(own);
        Response refire = api.fire(own, cue, PRODUCER, UUID.randomUUID().toString(), "{\"refire\":\"  \"}");
        Response prompt = api.post(cues(), PRODUCER, "{\"kind\":\"question\",\"prompt\":\" \"}");

        assertThat(refire.status()).isEqualTo(400);
        assertThat(refire.field()).isEqualTo("refire");
        assertThat(prompt.status()).isEqualTo(400);
        assertThat(prompt.field()).isEqualTo("prompt");
        assertThat(api.get("/api/v1/shows/" + own + "/fires", PRODUCER).json()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "[{\"title\":\"t\"}]", "\"text\"", "42", "true", "null",
            "{\"title\": tru}", "{\"title\":\"t\",\"id\":\"x\\q\"}", "{\"title\":\"t\" \"id\":\"x\"}"})
    void aBodyThatIsNotAnObjectOrHasASyntaxErrorAnywhereIsBadJson(String body) {
        Response r = api.post("/api/v1/shows", PRODUCER, body);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("bad_json");
    }

    @Test
    void aSyntaxErrorInsideANestedValueIsBadJsonToo() {
        Response r = api.post(cues(), PRODUCER, "{\"kind\":\"poll\",\"prompt\":{\"en\":\"q\"},\"options\":[{\"en\": nope}]}");

        assertThat(r.error()).isEqualTo("bad_json");
    }

    @Test
    void routesThatReadNoBodyStillRefuseOneOverTheLimit() {
        String fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();
        String big = "x".repeat(70 * 1024);

        Response close = api.post("/api/v1/shows/" + show + "/fires/" + fire + "/close", PRODUCER, big);
        Response reveal = api.post("/api/v1/shows/" + show + "/fires/" + fire + "/reveal", PRODUCER, big);
        Response delete = api.send("DELETE", cues() + "/" + fixtures.question(show), PRODUCER, big, Map.of());

        assertThat(List.of(close.status(), reveal.status(), delete.status())).containsOnly(413);
        assertThat(close.error()).isEqualTo("payload_too_large");
        assertThat(api.get("/api/v1/shows/" + show + "/fires", PRODUCER).json().get(0).has("closedAt")).isFalse();
    }

    @Test
    void aClientStillSendingItsTooLargeBodyReadsThe413InsteadOfAReset() {
        String big = "x".repeat(200 * 1024);
        for (int i = 0; i < 100; i++) {
            Response r = api.post("/api/v1/shows/" + show + "/fires/nope/close", PRODUCER, big);
            assertThat(r.status()).as("attempt " + i).isEqualTo(413);
        }
    }

    @Test
    void defaultLangIsMatchedWithoutRegardToCaseAndStoredInThePromptsSpelling() {
        Response r = api.post(cues(), PRODUCER, Map.of("kind", "poll", "prompt", Map.of("en", "Who?", "zh-TW", "誰？"),
                "options", List.of(Map.of("EN", "Red", "zh-tw", "紅"), Map.of("en", "Blue", "ZH-TW", "藍")), "defaultLang", "EN"));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode cue = r.json();
        assertThat(cue.get("defaultLang").asText()).isEqualTo("en");
        assertThat(cue.get("options").get(0).has("en")).isTrue();
        assertThat(cue.get("options").get(0).get("zh-TW").asText()).isEqualTo("紅");
        assertThat(cue.get("options").get(1).get("zh-TW").asText()).isEqualTo("藍");
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheFieldAndNeverStoredAsAQuestionMark() {
        int shows = api.get("/api/v1/shows", PRODUCER).json().size();
        byte[] start = "{\"title\":\"a".getBytes(StandardCharsets.UTF_8);
        byte[] withBytes = java.util.Arrays.copyOf(start, start.length + 5);
        // U+D800 encoded as if it were a character: ED A0 80 (not valid UTF-8 either)
        System.arraycopy(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'}, 0, withBytes, start.length, 5);

        Response escaped = api.post("/api/v1/shows", PRODUCER, "{\"title\":\"News \\ud83d tonight\"}");
        Response bytes = api.post("/api/v1/shows", PRODUCER, withBytes);
        Response prompt = api.post(cues(), PRODUCER, "{\"kind\":\"question\",\"prompt\":{\"en\":\"\\udc00?\"}}");
        Response key = api.post(cues(), PRODUCER, "{\"kind\":\"question\",\"prompt\":{\"\\ud800\":\"q\"}}");

        assertThat(escaped.status()).isEqualTo(400);
        assertThat(escaped.field()).isEqualTo("title");
        assertThat(escaped.body()).contains("lone surrogate");
        assertThat(bytes.status()).isEqualTo(400);
        assertThat(prompt.field()).isEqualTo("prompt.en");
        // in a field name the JSON parser itself refuses it (bad_json): still a 400, still nothing stored
        assertThat(key.status()).isEqualTo(400);
        assertThat(key.error()).isIn("validation", "bad_json");
        assertThat(api.get("/api/v1/shows", PRODUCER).json().size()).isEqualTo(shows);
        assertThat(api.post("/api/v1/shows", PRODUCER, "{\"title\":\"Paired \\ud83d\\ude00 is fine\"}").status())
                .isEqualTo(201);
    }

    @Test
    void aSocketRefusalLeavesAbsentFieldsOutAndANullFrameGetsAReply() {
        TestViewer viewer = TestViewer.connectNow(HttpClient.newHttpClient(),
                server.wsBase() + "/v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID());

        viewer.sendNow("null");
        JsonNode toNull = viewer.next("refused", WAIT);
        viewer.sendNow("{\"type\":\"dance\"}");
        JsonNode toDance = viewer.next("refused", WAIT);
        viewer.sendNow("{\"type\":\"answer\",\"fireId\":\"nope\",\"text\":\"\\ud800\"}");
        JsonNode toSurrogate = viewer.next("refused", WAIT);

        assertThat(toNull.get("reason").asText()).isEqualTo("invalid");
        assertThat(toNull.has("fireId")).isFalse();
        assertThat(toDance.has("fireId")).isFalse();
        assertThat(toSurrogate.get("reason").asText()).isEqualTo("invalid");
        viewer.close();
    }

    @Test
    void anHttpAnswerWithALoneSurrogateNamesTheField() {
        String fire = api.fire(show, fixtures.question(show)).get("fireId").asText();

        Response r = api.post("/v1/shows/" + show + "/fires/" + fire + "/answer", null,
                "{\"viewerId\":\"" + UUID.randomUUID() + "\",\"text\":\"hi \\ud800\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.field()).isEqualTo("text");
        assertThat(api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", PRODUCER).json().get("answers").asInt())
                .isZero();
    }
}
