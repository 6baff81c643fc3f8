package io.cuedeck.server.rundown;

import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a valid cue; the first rule broken is refused with its field named
 * ({@code kind}, {@code prompt.zh-TW}, {@code options[2].en}, {@code correctOption}...).
 * Texts come back trimmed.
 */
public final class CueValidator {

    /** A draft that passed, with its defaults filled in. */
    public record ValidCue(CueKind kind, Map<String, String> prompt, List<Map<String, String>> options,
            Integer correctOption, int answerSeconds, String defaultLang) {
    }

    public static final int DEFAULT_ANSWER_SECONDS = 30;

    private CueValidator() {
    }

    public static ValidCue validate(CueDraft draft) {
        CueKind kind = draft.kind();
        if (kind == null) {
            throw ApiException.validation("kind", "kind is required: question, poll, quiz or announcement.");
        }
        if (draft.prompt() == null || draft.prompt().isEmpty()) {
            throw ApiException.validation("prompt", "prompt needs its text in at least one language, "
                    + "e.g. {\"en\": \"Who wins tonight?\"}.");
        }
        Map<String, String> prompt = texts("prompt", draft.prompt(), 500);
        String defaultLang = defaultLang(draft.defaultLang(), prompt);
        List<Map<String, String>> options = options(kind, draft.options(), defaultLang, prompt);
        Integer correct = correctOption(kind, draft.correctOption(), options.size());
        int seconds = draft.answerSeconds() == null ? DEFAULT_ANSWER_SECONDS : draft.answerSeconds();
        if (seconds < 5 || seconds > 600) {
            throw ApiException.validation("answerSeconds", "answerSeconds must be from 5 to 600; it is " + seconds + ".");
        }
        return new ValidCue(kind, prompt, options, correct, seconds, defaultLang);
    }

    private static Map<String, String> texts(String field, Map<String, String> byLang, int maxChars) {
        if (byLang.size() > Languages.MAX_PER_CUE) {
            throw ApiException.validation(field, field + " has " + byLang.size() + " languages; at most "
                    + Languages.MAX_PER_CUE + " are allowed.");
        }
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, String> e : byLang.entrySet()) {
            String tag = e.getKey();
            String where = field + "." + tag;
            if (!Languages.isTag(tag)) {
                throw ApiException.validation(where, "'" + tag + "' is not a language tag such as en or zh-TW.");
            }
            if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                throw ApiException.validation(where, "The language " + tag + " is given twice in " + field + ".");
            }
            out.put(tag, Checks.text(where, e.getValue(), 1, maxChars));
        }
        return out;
    }

    private static String defaultLang(String given, Map<String, String> prompt) {
        if (given == null) {
            if (prompt.size() == 1) {
                return prompt.keySet().iterator().next();
            }
            throw ApiException.validation("defaultLang", "defaultLang is required when the prompt has several "
                    + "languages: it is what viewers see when their language is missing.");
        }
        // tags compare without regard to case (BCP 47); the prompt's spelling of the tag is kept
        String match = keyIgnoringCase(prompt, given);
        if (match == null) {
            throw ApiException.validation("defaultLang", "defaultLang '" + given
                    + "' must be one of the prompt's languages: " + String.join(", ", prompt.keySet()) + ".");
        }
        return match;
    }

    /** The key of {@code texts} that is {@code tag} without regard to case, or null. */
    private static String keyIgnoringCase(Map<String, String> texts, String tag) {
        for (String key : texts.keySet()) {
            if (key.equalsIgnoreCase(tag)) {
                return key;
            }
        }
        return null;
    }

    private static List<Map<String, String>> options(CueKind kind, List<Map<String, String>> given, String lang,
            Map<String, String> prompt) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        if (!kind.hasOptions()) {
            if (given != null && !given.isEmpty()) {
                throw ApiException.validation("options", "A " + name + " has no options.");
            }
            return List.of();
        }
        if (given == null || given.size() < 2 || given.size() > 10) {
            throw ApiException.validation("options", "A " + name + " needs 2 to 10 options; it has "
                    + (given == null ? 0 : given.size()) + ".");
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "options[" + i + "]";
            Map<String, String> option = given.get(i);
            if (option == null || option.isEmpty()) {
                throw ApiException.validation(field, "Option " + (i + 1) + " needs its text, e.g. {\"" + lang + "\": \"Yes\"}.");
            }
            // stored under the prompt's spelling of each tag, so that a viewer's language finds its option
            Map<String, String> texts = inPromptSpelling(texts(field, option, 200), prompt);
            if (!texts.containsKey(lang)) {
                throw ApiException.validation(field + "." + lang, "Option " + (i + 1)
                        + " has no text in the default language " + lang + ".");
            }
            out.add(texts);
        }
        return out;
    }

    private static Map<String, String> inPromptSpelling(Map<String, String> texts, Map<String, String> prompt) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((tag, text) -> {
            String spelling = keyIgnoringCase(prompt, tag);
            out.put(spelling == null ? tag : spelling, text);
        });
        return out;
    }

    private static Integer correctOption(CueKind kind, Integer given, int options) {
        if (kind != CueKind.QUIZ) {
            if (given != null) {
                throw ApiException.validation("correctOption", "Only a quiz has a correct option.");
            }
            return null;
        }
        if (given == null || given < 0 || given >= options) {
            throw ApiException.validation("correctOption", "A quiz needs correctOption, the 0-based index of the "
                    + "right option: 0 to " + (options - 1) + ".");
        }
        return given;
    }
}
