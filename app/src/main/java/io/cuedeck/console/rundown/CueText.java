package io.cuedeck.console.rundown;

import io.cuedeck.protocol.Cue;
import java.util.Map;

/** Short texts about a cue for lists and messages. */
public final class CueText {

    private CueText() {
    }

    /** The prompt in the cue's default language, shortened for a list row or a message. */
    public static String title(Cue cue) {
        Map<String, String> prompt = cue.prompt();
        String text = cue.defaultLang() != null && prompt.containsKey(cue.defaultLang())
                ? prompt.get(cue.defaultLang())
                : prompt.values().stream().findFirst().orElse("");
        return text.length() > 60 ? text.substring(0, 59) + "\u2026" : text;
    }
}
