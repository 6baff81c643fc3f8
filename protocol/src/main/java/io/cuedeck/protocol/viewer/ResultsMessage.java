package io.cuedeck.protocol.viewer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Revealed results: one count per option; {@code correctOption} for quizzes only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultsMessage(String fireId, List<Long> counts, Integer correctOption) implements ToViewer {
}
