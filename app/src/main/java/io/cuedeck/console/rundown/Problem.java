package io.cuedeck.console.rundown;

/**
 * One thing wrong with a cue, named by the same field path the server uses ({@code prompt.zh-TW},
 * {@code options[2].en}, {@code correctOption}) and described in the producer's language.
 */
public record Problem(String field, String message) {
}
