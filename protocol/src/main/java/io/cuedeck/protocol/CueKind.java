package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a cue asks of viewers. Polls and quizzes have options; a quiz also has a correct option. */
public enum CueKind {
    @JsonProperty("question") QUESTION,
    @JsonProperty("poll") POLL,
    @JsonProperty("quiz") QUIZ,
    @JsonProperty("announcement") ANNOUNCEMENT;

    public boolean hasOptions() {
        return this == POLL || this == QUIZ;
    }
}
