package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/shows/{showId}/cues} and {@code PUT .../cues/{cueId}}.
 *
 * <p>{@code prompt} and each option map a BCP 47 language tag ({@code "en"}, {@code "zh-TW"}) to
 * text. {@code options} (2-10) only for polls and quizzes, {@code correctOption} (0-based) only for
 * quizzes, {@code answerSeconds} 5-600 (default 30), {@code defaultLang} must be a key of the prompt
 * (it may be omitted when the prompt has a single language), and every option needs its text in
 * every language of the prompt. The rules, shared by server and console, are
 * {@link io.cuedeck.protocol.rules.CueValidator}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CueDraft(
        CueKind kind,
        Map<String, String> prompt,
        List<Map<String, String>> options,
        Integer correctOption,
        Integer answerSeconds,
        String defaultLang) {
}
