package io.cuedeck.console.rundown;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueProblemsTest {

    private final CueProblems validator = new CueProblems(new I18n(Locale.ENGLISH));

    private static Map<String, String> texts(String en, String zh) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("en", en);
        map.put("zh-TW", zh);
        return map;
    }

    private List<String> fields(CueDraft draft) {
        return validator.validate(draft).stream().map(Problem::field).toList();
    }

    @Test
    void aCompleteBilingualPollHasNoProblems() {
        CueDraft poll = new CueDraft(CueKind.POLL, texts("Who wins?", "誰會贏？"),
                List.of(texts("Red", "紅隊"), texts("Blue", "藍隊")), null, 30, "en");
        assertThat(validator.validate(poll)).isEmpty();
    }

    @Test
    void anOptionMissingOneLanguageIsNamedByTheServersFieldPath() {
        CueDraft poll = new CueDraft(CueKind.POLL, texts("Who wins?", "誰會贏？"),
                List.of(texts("Red", "紅隊"), texts("Blue", " ")), null, 30, "en");
        List<Problem> problems = validator.validate(poll);
        assertThat(problems).extracting(Problem::field).containsExactly("options[1].zh-TW");
        assertThat(problems.get(0).message()).isEqualTo("Option 2 has no zh-TW text.");
    }

    @Test
    void aQuizWithoutACorrectOptionIsRefused() {
        CueDraft quiz = new CueDraft(CueKind.QUIZ, Map.of("en", "2+2?"),
                List.of(Map.of("en", "4"), Map.of("en", "5")), null, 30, "en");
        assertThat(fields(quiz)).containsExactly("correctOption");
    }

    @Test
    void pollsNeedTwoToTenOptionsAndTheWindowMustBeFiveToSixHundredSeconds() {
        CueDraft poll = new CueDraft(CueKind.POLL, Map.of("en", "Pick"), List.of(Map.of("en", "only")), null, 4, "en");
        assertThat(fields(poll)).containsExactlyInAnyOrder("options", "answerSeconds");
    }

    @Test
    void anEmptyPromptAndAMissingDefaultLanguageAreBothNamed() {
        CueDraft question = new CueDraft(CueKind.QUESTION, texts("", "你好"), null, null, 30, "ko");
        assertThat(fields(question)).containsExactlyInAnyOrder("prompt.en", "defaultLang");
    }

    @Test
    void aBadLanguageTagIsRefused() {
        CueDraft announcement = new CueDraft(CueKind.ANNOUNCEMENT, Map.of("not a tag", "hi"), null, null, 30, "not a tag");
        assertThat(fields(announcement)).contains("prompt.not a tag");
    }

    @Test
    void overLongTextIsRefused() {
        CueDraft question = new CueDraft(CueKind.QUESTION, Map.of("en", "x".repeat(501)), null, null, 30, "en");
        assertThat(fields(question)).containsExactly("prompt.en");
    }
}
