package io.cuedeck.protocol.viewer;

import io.cuedeck.protocol.CueKind;
import java.time.Instant;
import java.util.List;

/**
 * A fired cue in one language: the viewer's when the cue has it, else the cue's default
 * ({@code lang} says which). Viewers answer until {@code closesAt}.
 */
public record CueMessage(
        String fireId,
        String cueId,
        CueKind kind,
        String lang,
        String prompt,
        List<String> options,
        Instant closesAt,
        Instant sentAt) implements ToViewer {
}
