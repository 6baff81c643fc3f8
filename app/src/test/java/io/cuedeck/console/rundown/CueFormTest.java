package io.cuedeck.console.rundown;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueFormTest {

    @Test
    void aDraftSurvivesTheRoundTripThroughTheForm() {
        Map<String, String> prompt = new LinkedHashMap<>();
        prompt.put("en", "Which city?");
        prompt.put("ko", "어느 도시?");
        CueDraft quiz = new CueDraft(CueKind.QUIZ, prompt,
                List.of(Map.of("en", "Taipei", "ko", "타이베이"), Map.of("en", "Seoul", "ko", "서울")), 1, 45, "ko");
        CueForm form = new CueForm();
        form.load(quiz);
        assertThat(form.toDraft()).isEqualTo(quiz);
    }

    @Test
    void removingALanguageRemovesItsTextsAndMovesTheDefault() {
        CueForm form = new CueForm();
        form.addLanguage("en");
        form.addLanguage("zh-TW");
        form.addOption();
        form.option(0, "zh-TW").set("是");
        form.removeLanguage("en");
        CueDraft draft = form.toDraft();
        assertThat(draft.prompt()).containsOnlyKeys("zh-TW");
        assertThat(draft.defaultLang()).isEqualTo("zh-TW");
        assertThat(draft.options().get(0)).containsOnlyKeys("zh-TW");
    }

    @Test
    void questionsSendNoOptionsAndOnlyQuizzesSendACorrectOption() {
        CueForm form = new CueForm();
        form.addLanguage("en");
        form.addOption();
        form.correctOptionProperty().set(0);
        form.kindProperty().set(CueKind.QUESTION);
        assertThat(form.toDraft().options()).isNull();
        form.kindProperty().set(CueKind.POLL);
        assertThat(form.toDraft().correctOption()).isNull();
    }
}
