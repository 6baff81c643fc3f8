package io.cuedeck.protocol.viewer;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An answer: {@code choice} (0-based option) for polls and quizzes, {@code text} (at most 500 chars) for questions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerMessage(String fireId, Integer choice, String text) implements FromViewer {
}
