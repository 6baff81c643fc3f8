package io.cuedeck.server.rundown;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of a valid cue: the cue is refused (400, nothing stored) with the field named. */
class CueValidationTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static String show;

    @BeforeAll
    static void start() {
        show = new Fixtures(api).draftShow();
    }

    private static Map<String, Object> poll() {
        Map<String, Object> cue = new HashMap<>();
        cue.put("kind", "poll");
        cue.put("prompt", Map.of("en", "Which?", "zh-TW", "哪個？"));
        cue.put("options", List.of(Map.of("en", "A", "zh-TW", "甲"), Map.of("en", "B", "zh-TW", "乙"),
                Map.of("en", "C", "zh-TW", "丙")));
        cue.put("defaultLang", "en");
        return cue;
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... kv) {
        Map<String, Object> out = new HashMap<>(base);
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] == null) {
                out.remove((String) kv[i]);
            } else {
                out.put((String) kv[i], kv[i + 1]);
            }
        }
        return out;
    }

    private static List<Map<String, String>> options(int n) {
        return Stream.iterate(0, i -> i + 1).limit(n).map(i -> Map.of("en", "option " + i)).toList();
    }

    static Stream<Arguments> badCues() {
        Map<String, Object> poll = poll();
        Map<String, String> manyLanguages = new HashMap<>();
        for (String tag : List.of("en", "fr", "de", "es", "it", "pt", "nl", "sv", "fi", "da", "no", "pl", "cs")) {
            manyLanguages.put(tag, "text");
        }
        return Stream.of(
                Arguments.of("kind missing", with(poll, "kind", null), "kind"),
                Arguments.of("kind unknown", with(poll, "kind", "survey"), "kind"),
                Arguments.of("prompt missing", with(poll, "prompt", null), "prompt"),
                Arguments.of("prompt empty", with(poll, "prompt", Map.of()), "prompt"),
                Arguments.of("prompt text too long", with(poll, "prompt", Map.of("en", "q", "zh-TW", "長".repeat(501))),
                        "prompt.zh-TW"),
                Arguments.of("prompt text blank", with(poll, "prompt", Map.of("en", "  ", "zh-TW", "問")), "prompt.en"),
                Arguments.of("prompt language not a tag", with(poll, "prompt", Map.of("en", "q", "english!", "q")),
                        "prompt.english!"),
                Arguments.of("thirteen languages", with(poll, "prompt", manyLanguages, "defaultLang", "en"), "prompt"),
                Arguments.of("defaultLang missing with two languages", with(poll, "defaultLang", null), "defaultLang"),
                Arguments.of("defaultLang not in the prompt", with(poll, "defaultLang", "fr"), "defaultLang"),
                Arguments.of("one option", with(poll, "options", List.of(Map.of("en", "only"))), "options"),
                Arguments.of("eleven options", with(poll, "options", options(11)), "options"),
                Arguments.of("no options", with(poll, "options", null), "options"),
                Arguments.of("option without the default language", with(poll, "options",
                        List.of(Map.of("en", "A"), Map.of("en", "B"), Map.of("zh-TW", "丙"))), "options[2].en"),
                Arguments.of("option without one of the prompt's languages", with(poll, "options",
                        List.of(Map.of("en", "A", "zh-TW", "甲"), Map.of("en", "B"))), "options[1].zh-TW"),
                Arguments.of("option text too long in characters, not UTF-16 units", with(poll, "options",
                        List.of(Map.of("en", "A", "zh-TW", "甲"), Map.of("en", "B", "zh-TW", "😀".repeat(201)))),
                        "options[1].zh-TW"),
                Arguments.of("option text too long", with(poll, "options",
                        List.of(Map.of("en", "A"), Map.of("en", "x".repeat(201)))), "options[1].en"),
                Arguments.of("empty option", with(poll, "options", List.of(Map.of("en", "A"), Map.of())), "options[1]"),
                Arguments.of("correctOption on a poll", with(poll, "correctOption", 1), "correctOption"),
                Arguments.of("quiz without correctOption", with(poll, "kind", "quiz"), "correctOption"),
                Arguments.of("quiz correctOption out of range", with(poll, "kind", "quiz", "correctOption", 3),
                        "correctOption"),
                Arguments.of("negative correctOption", with(poll, "kind", "quiz", "correctOption", -1), "correctOption"),
                Arguments.of("question with options", with(poll, "kind", "question"), "options"),
                Arguments.of("announcement with options", with(poll, "kind", "announcement"), "options"),
                Arguments.of("answerSeconds too short", with(poll, "answerSeconds", 4), "answerSeconds"),
                Arguments.of("answerSeconds too long", with(poll, "answerSeconds", 601), "answerSeconds"),
                Arguments.of("answerSeconds as text", with(poll, "answerSeconds", "30"), "answerSeconds"),
                Arguments.of("unknown field", with(poll, "colour", "red"), "colour"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCues")
    void anInvalidCueIsRefusedWithItsFieldNamedAndNothingStored(String why, Map<String, Object> cue, String field) {
        int before = api.get("/api/v1/shows/" + show + "/cues", PRODUCER).json().size();

        Response r = api.post("/api/v1/shows/" + show + "/cues", PRODUCER, cue);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("validation");
        assertThat(r.field()).isEqualTo(field);
        assertThat(r.json().get("message").asText()).isNotBlank();
        assertThat(api.get("/api/v1/shows/" + show + "/cues", PRODUCER).json().size()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCues")
    void anInvalidEditIsRefusedTheSameWayAndKeepsTheCue(String why, Map<String, Object> cue, String field) {
        String id = api.post("/api/v1/shows/" + show + "/cues", PRODUCER, poll()).json().get("id").asText();

        Response r = api.put("/api/v1/shows/" + show + "/cues/" + id, PRODUCER, cue);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.field()).isEqualTo(field);
        assertThat(api.get("/api/v1/shows/" + show + "/cues/" + id, PRODUCER).json().get("kind").asText())
                .isEqualTo("poll");
    }
}
