package io.cuedeck.server.rundown;

import static io.cuedeck.server.testing.TestServer.HOST;
import static io.cuedeck.server.testing.TestServer.MANAGER;
import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.Api.Response;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CueApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final Api api = server.api();
    private static final Fixtures fixtures = new Fixtures(api);

    private static String cues(String showId) {
        return "/api/v1/shows/" + showId + "/cues";
    }

    private static List<String> rundownIds(String showId) {
        List<String> ids = new ArrayList<>();
        api.get(cues(showId), HOST).json().forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    @Test
    void aQuizIsStoredWithItsLanguagesOptionsAndCorrectAnswer() {
        String show = fixtures.draftShow();
        Map<String, Object> quiz = Map.of("kind", "quiz",
                "prompt", Map.of("en", " 2 + 2 ? ", "zh-TW", "二加二？", "ko", "2 더하기 2?"),
                "options", List.of(Map.of("en", "3", "zh-TW", "三", "ko", "삼"), Map.of("en", "4", "zh-TW", "四", "ko", "사")),
                "correctOption", 1, "answerSeconds", 20, "defaultLang", "en");

        Response r = api.post(cues(show), PRODUCER, quiz);

        assertThat(r.status()).isEqualTo(201);
        JsonNode cue = r.json();
        assertThat(cue.get("id").asText()).isNotBlank();
        assertThat(cue.get("showId").asText()).isEqualTo(show);
        assertThat(cue.get("kind").asText()).isEqualTo("quiz");
        assertThat(cue.get("prompt").get("en").asText()).isEqualTo("2 + 2 ?");
        assertThat(cue.get("prompt").get("ko").asText()).isEqualTo("2 더하기 2?");
        assertThat(cue.get("options").get(1).get("zh-TW").asText()).isEqualTo("四");
        assertThat(cue.get("correctOption").asInt()).isEqualTo(1);
        assertThat(cue.get("answerSeconds").asInt()).isEqualTo(20);
        assertThat(api.get(cues(show) + "/" + cue.get("id").asText(), MANAGER).json()).isEqualTo(cue);
    }

    @Test
    void aSingleLanguageQuestionGetsItsDefaultLanguageAndAnswerWindow() {
        String show = fixtures.draftShow();

        JsonNode cue = api.post(cues(show), PRODUCER, Map.of("kind", "question", "prompt", Map.of("zh-TW", "問題？")))
                .json();

        assertThat(cue.get("defaultLang").asText()).isEqualTo("zh-TW");
        assertThat(cue.get("answerSeconds").asInt()).isEqualTo(30);
        assertThat(cue.get("options")).isEmpty();
    }

    @Test
    void theRundownListsCuesInOrderAndAnEditKeepsTheCuesPlace() {
        String show = fixtures.draftShow();
        String a = fixtures.poll(show);
        String b = fixtures.question(show);
        String c = fixtures.poll(show);

        Response edit = api.put(cues(show) + "/" + b, PRODUCER, Map.of("kind", "announcement",
                "prompt", Map.of("en", "Back after the break"), "answerSeconds", 10));

        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.json().get("kind").asText()).isEqualTo("announcement");
        assertThat(rundownIds(show)).containsExactly(a, b, c);
    }

    @Test
    void aDeletedCueIsGoneFromTheRundown() {
        String show = fixtures.draftShow();
        String a = fixtures.poll(show);
        String b = fixtures.poll(show);

        assertThat(api.delete(cues(show) + "/" + a, PRODUCER).status()).isEqualTo(204);

        assertThat(rundownIds(show)).containsExactly(b);
        assertThat(api.delete(cues(show) + "/" + a, PRODUCER).status()).isEqualTo(404);
        assertThat(api.get(cues(show) + "/" + a, PRODUCER).status()).isEqualTo(404);
    }

    @Test
    void theRundownIsReorderedWhenTheOrderNamesEveryCueOnce() {
        String show = fixtures.draftShow();
        String a = fixtures.poll(show);
        String b = fixtures.poll(show);
        String c = fixtures.poll(show);

        Response r = api.put("/api/v1/shows/" + show + "/rundown", PRODUCER, Map.of("order", List.of(c, a, b)));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get(0).get("id").asText()).isEqualTo(c);
        assertThat(rundownIds(show)).containsExactly(c, a, b);
    }

    @Test
    void aReorderThatMissesRepeatsOrInventsACueIsRefusedAndChangesNothing() {
        String show = fixtures.draftShow();
        String a = fixtures.poll(show);
        String b = fixtures.poll(show);
        String path = "/api/v1/shows/" + show + "/rundown";

        for (List<String> bad : List.of(List.of(b), List.of(b, a, a), List.of(b, "nope"), List.of(b, a, "nope"))) {
            Response r = api.put(path, PRODUCER, Map.of("order", bad));
            assertThat(r.status()).as(bad.toString()).isEqualTo(400);
            assertThat(r.field()).isEqualTo("order");
        }
        assertThat(api.put(path, PRODUCER, Map.of()).field()).isEqualTo("order");
        assertThat(rundownIds(show)).containsExactly(a, b);
    }

    @Test
    void cuesOfAnUnknownShowAreNotFound() {
        assertThat(api.get(cues("nope"), PRODUCER).status()).isEqualTo(404);
        assertThat(api.post(cues("nope"), PRODUCER, Map.of("kind", "question", "prompt", Map.of("en", "q")))
                .status()).isEqualTo(404);
        assertThat(api.put("/api/v1/shows/nope/rundown", PRODUCER, Map.of("order", List.of())).status()).isEqualTo(404);
        String show = fixtures.draftShow();
        assertThat(api.put(cues(show) + "/nope", PRODUCER, Map.of("kind", "question", "prompt", Map.of("en", "q")))
                .status()).isEqualTo(404);
    }

    @Test
    void onlyProducersChangeTheRundownWhileEveryRoleReadsIt() {
        String show = fixtures.draftShow();
        String a = fixtures.poll(show);
        Map<String, Object> q = Map.of("kind", "question", "prompt", Map.of("en", "q"));

        assertThat(api.post(cues(show), HOST, q).status()).isEqualTo(403);
        assertThat(api.put(cues(show) + "/" + a, MANAGER, q).status()).isEqualTo(403);
        assertThat(api.delete(cues(show) + "/" + a, HOST).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/shows/" + show + "/rundown", HOST, Map.of("order", List.of(a))).status())
                .isEqualTo(403);
        assertThat(api.get(cues(show), null).status()).isEqualTo(401);
        assertThat(api.get(cues(show), MANAGER).status()).isEqualTo(200);
        assertThat(rundownIds(show)).containsExactly(a);
        assertThat(api.get(cues(show) + "/" + a, PRODUCER).json().get("kind").asText()).isEqualTo("poll");
    }
}
