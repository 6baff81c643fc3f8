package io.cuedeck.server.engine.cold;

import java.time.Instant;

/** One viewer's accepted answer: {@code choice} for polls and quizzes, {@code text} for questions. */
public record AnswerRecord(String showId, String fireId, String viewerId, Integer choice, String text, Instant at) {
}
