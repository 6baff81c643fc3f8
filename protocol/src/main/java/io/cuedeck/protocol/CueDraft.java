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
 *
 * <p>Capacity planning: {@code plannedAt} is the moment in the show the cue is planned for, and
 * {@code push} true means a push notification goes out with it; a planned push cue gets a boost
 * of its own ({@code source: rundown}), and firing a push cue that no boost covers boosts at once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CueDraft(
        CueKind kind,
        Map<String, String> prompt,
        List<Map<String, String>> options,
        Integer correctOption,
        Integer answerSeconds,
        String defaultLang,
        java.time.Instant plannedAt,
        Boolean push) {

    /** A draft without the capacity planning fields. */
    public CueDraft(CueKind kind, Map<String, String> prompt, List<Map<String, String>> options, Integer correctOption,
            Integer answerSeconds, String defaultLang) {
        this(kind, prompt, options, correctOption, answerSeconds, defaultLang, null, null);
    }
}
