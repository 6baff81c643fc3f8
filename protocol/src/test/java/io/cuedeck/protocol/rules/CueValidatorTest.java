package io.cuedeck.protocol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one set of cue rules, where the console and the server used to disagree. */
class CueValidatorTest {

    private static Map<String, String> texts(String en, String zh) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("en", en);
        map.put("zh-TW", zh);
        return map;
    }

    private static List<String> fields(CueDraft draft) {
        return CueValidator.problems(draft).stream().map(CueProblem::field).toList();
    }

    @Test
    void textLengthIsCountedInCharactersAfterTrimmingNotInUtf16Units() {
        String fiveHundredEmoji = "😀".repeat(500);
        assertThat(fiveHundredEmoji.length()).isEqualTo(1000);
        CueDraft question = new CueDraft(CueKind.QUESTION, Map.of("en", "  " + fiveHundredEmoji + "  "), null, null, 30, "en");
        assertThat(CueValidator.problems(question)).isEmpty();
        assertThat(CueValidator.validate(question).prompt().get("en")).isEqualTo(fiveHundredEmoji);
        CueDraft longer = new CueDraft(CueKind.QUESTION, Map.of("en", fiveHundredEmoji + "!"), null, null, 30, "en");
        assertThat(fields(longer)).containsExactly("prompt.en");
    }

    @Test
    void everyOptionNeedsEveryLanguageOfThePromptTheDefaultOneNamedFirst() {
        CueDraft poll = new CueDraft(CueKind.POLL, texts("Who wins?", "誰會贏？"),
                List.of(Map.of("zh-TW", "紅隊"), texts("Blue", "")), null, 30, "en");
        assertThat(fields(poll)).containsExactly("options[0].en", "options[1].zh-TW");
        assertThatThrownBy(() -> CueValidator.validate(poll)).isInstanceOfSatisfying(InvalidCueException.class,
                e -> assertThat(e.problem().field()).isEqualTo("options[0].en"));
    }

    @Test
    void aValidQuizComesBackTrimmedWithItsCorrectOptionAndDefaults() {
        CueDraft quiz = new CueDraft(CueKind.QUIZ, Map.of("en", " Which city? "),
                List.of(Map.of("en", " Taipei "), Map.of("en", "Seoul")), 0, null, null);
        CueValidator.ValidCue valid = CueValidator.validate(quiz);
        assertThat(valid.prompt()).containsEntry("en", "Which city?");
        assertThat(valid.options().get(0)).containsEntry("en", "Taipei");
        assertThat(valid.correctOption()).isZero();
        assertThat(valid.answerSeconds()).isEqualTo(CueValidator.DEFAULT_ANSWER_SECONDS);
        assertThat(valid.defaultLang()).isEqualTo("en");
    }

    @Test
    void aLanguageTagIsBcp47SyntaxAndAtMost35Characters() {
        assertThat(CueValidator.isLanguageTag("sr-Latn-RS")).isTrue();
        assertThat(CueValidator.isLanguageTag("english!")).isFalse();
        assertThat(CueValidator.isLanguageTag("a")).isFalse();
        assertThat(CueValidator.isLanguageTag("en-" + "abcdefgh-".repeat(4))).isFalse();
    }
}
