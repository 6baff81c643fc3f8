package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A cue of a show's rundown as stored; see {@link CueDraft} for the meaning of the fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cue(
        String id,
        String showId,
        CueKind kind,
        Map<String, String> prompt,
        List<Map<String, String>> options,
        Integer correctOption,
        int answerSeconds,
        String defaultLang,
        Instant createdAt,
        Instant updatedAt,
        Instant plannedAt,
        Boolean push) {

    public Cue {
        options = options == null ? List.of() : options;
    }

    /** A cue with no planned moment and no push (capacity planning fields left out). */
    public Cue(String id, String showId, CueKind kind, Map<String, String> prompt, List<Map<String, String>> options,
            Integer correctOption, int answerSeconds, String defaultLang, Instant createdAt, Instant updatedAt) {
        this(id, showId, kind, prompt, options, correctOption, answerSeconds, defaultLang, createdAt, updatedAt,
                null, null);
    }

    /** The draft that would recreate this cue, for editing or duplicating it. */
    public CueDraft toDraft() {
        return new CueDraft(kind, prompt, kind.hasOptions() ? options : null, correctOption, answerSeconds, defaultLang,
                plannedAt, push);
    }

    /** True when a push notification goes out with this cue. */
    public boolean pushes() {
        return Boolean.TRUE.equals(push);
    }
}
