package io.cuedeck.server.audit;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The words of audit entries about shows and cues: which action a change was, and what changed. */
public final class ShowChanges {

    private static final int PROMPT_CHARS = 80;

    private ShowChanges() {
    }

    /** {@code show.live}, {@code show.ended} for a status move, else {@code show.edited}. */
    public static String action(Show before, Show after) {
        if (before.status() != after.status()) {
            return after.status() == ShowStatus.LIVE ? "show.live" : after.status() == ShowStatus.ENDED ? "show.ended"
                    : "show.edited";
        }
        return "show.edited";
    }

    /** "status draft → live; title" : what the change touched. */
    public static String describe(Show before, Show after) {
        List<String> changed = new ArrayList<>();
        if (before.status() != after.status()) {
            changed.add("status " + label(before.status()) + " → " + label(after.status()));
        }
        if (!before.title().equals(after.title())) {
            changed.add("title \u201c" + after.title() + "\u201d");
        }
        if (!Objects.equals(before.scheduledStart(), after.scheduledStart())) {
            changed.add("scheduled start " + after.scheduledStart());
        }
        if (!Objects.equals(before.scheduledEnd(), after.scheduledEnd())) {
            changed.add("scheduled end " + after.scheduledEnd());
        }
        return changed.isEmpty() ? "no change" : String.join("; ", changed);
    }

    /** "poll: Who wins?" : the cue's kind and its prompt in its default language (shortened). */
    public static String cue(Cue cue) {
        String prompt = cue.prompt().getOrDefault(cue.defaultLang(), cue.prompt().values().stream().findFirst().orElse(""));
        if (prompt.codePointCount(0, prompt.length()) > PROMPT_CHARS) {
            prompt = prompt.substring(0, prompt.offsetByCodePoints(0, PROMPT_CHARS)) + "…";
        }
        return cue.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + prompt;
    }

    private static String label(ShowStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
