package io.cuedeck.protocol.reports;

import java.util.List;

/**
 * Accepted answers of a fire from the viewers of one language ({@code lang} as the viewer's socket
 * or heartbeat gave it, {@code "und"} when none was given). {@code distribution} has one count per
 * option, like {@link io.cuedeck.protocol.FireReport#distribution()} (empty for questions); its
 * values sum to {@code answers} for polls and quizzes.
 */
public record LanguageAnswers(String lang, long answers, List<Long> distribution) {

    public LanguageAnswers {
        distribution = distribution == null ? List.of() : List.copyOf(distribution);
    }
}
