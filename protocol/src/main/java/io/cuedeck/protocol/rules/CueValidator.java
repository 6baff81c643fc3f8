package io.cuedeck.protocol.rules;

import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.rules.CueProblem.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one set of rules of a valid cue, used by the server (which refuses the first problem) and
 * by the console (which shows them all before anything is sent), so the two never disagree.
 *
 * <p>Texts are measured in characters (Unicode code points) after trimming, so an emoji or a CJK
 * character outside the BMP counts once. Every option needs its text in every language of the
 * prompt, so no viewer sees a half-translated poll. Problems come in a fixed order: kind, prompt,
 * default language, options, correct option, answer window.
 */
public final class CueValidator {

    /** A draft that passed: texts trimmed, the default language and answer window filled in. */
    public record ValidCue(CueKind kind, Map<String, String> prompt, List<Map<String, String>> options,
            Integer correctOption, int answerSeconds, String defaultLang) {
    }

    public static final int MAX_LANGUAGES = 12;
    public static final int MAX_PROMPT = 500;
    public static final int MAX_OPTION = 200;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 600;
    public static final int DEFAULT_ANSWER_SECONDS = 30;
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private CueValidator() {
    }

    /** BCP 47 syntax ({@code en}, {@code zh-TW}, {@code sr-Latn-RS}), at most 35 characters. */
    public static boolean isLanguageTag(String value) {
        return value != null && value.length() <= 35 && TAG.matcher(value).matches();
    }

    /** Characters of a text as the rules count them: code points after trimming. */
    public static int length(String text) {
        String trimmed = text.strip();
        return trimmed.codePointCount(0, trimmed.length());
    }

    /** Every problem of the draft, in the order of the class comment; empty when it is valid. */
    public static List<CueProblem> problems(CueDraft draft) {
        List<CueProblem> out = new ArrayList<>();
        if (draft.kind() == null) {
            out.add(new CueProblem("kind", Rule.KIND_MISSING));
            return out;
        }
        Map<String, String> prompt = draft.prompt() == null ? Map.of() : draft.prompt();
        prompt(prompt, out);
        String defaultLang = defaultLang(draft.defaultLang(), prompt, out);
        options(draft.kind(), draft.options(), prompt, defaultLang, out);
        correctOption(draft.kind(), draft.correctOption(), draft.options() == null ? 0 : draft.options().size(), out);
        int seconds = seconds(draft);
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            out.add(new CueProblem("answerSeconds", Rule.ANSWER_SECONDS, seconds, MIN_SECONDS, MAX_SECONDS));
        }
        return out;
    }

    /**
     * The draft made valid (texts trimmed, defaults filled in), or the first problem as an
     * {@link InvalidCueException}.
     */
    public static ValidCue validate(CueDraft draft) {
        List<CueProblem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidCueException(problems.get(0));
        }
        String defaultLang = draft.defaultLang() != null ? keyIgnoringCase(draft.prompt(), draft.defaultLang())
                : draft.prompt().keySet().iterator().next();
        List<Map<String, String>> options = new ArrayList<>();
        if (draft.kind().hasOptions()) {
            draft.options().forEach(o -> options.add(inPromptSpelling(trimmed(o), draft.prompt())));
        }
        return new ValidCue(draft.kind(), trimmed(draft.prompt()), List.copyOf(options),
                draft.kind() == CueKind.QUIZ ? draft.correctOption() : null, seconds(draft), defaultLang);
    }

    private static int seconds(CueDraft draft) {
        return draft.answerSeconds() == null ? DEFAULT_ANSWER_SECONDS : draft.answerSeconds();
    }

    private static void prompt(Map<String, String> prompt, List<CueProblem> out) {
        if (prompt.isEmpty()) {
            out.add(new CueProblem("prompt", Rule.PROMPT_NONE));
            return;
        }
        languages("prompt", prompt, out);
        prompt.forEach((lang, text) -> {
            if (text == null || text.isBlank()) {
                out.add(new CueProblem("prompt." + lang, Rule.PROMPT_EMPTY, lang));
            } else if (length(text) > MAX_PROMPT) {
                out.add(new CueProblem("prompt." + lang, Rule.PROMPT_LONG, lang, MAX_PROMPT));
            }
        });
    }

    private static void languages(String field, Map<String, String> byLang, List<CueProblem> out) {
        if (byLang.size() > MAX_LANGUAGES) {
            out.add(new CueProblem(field, Rule.LANGUAGES_MANY, byLang.size(), MAX_LANGUAGES));
        }
        Set<String> seen = new HashSet<>();
        for (String tag : byLang.keySet()) {
            if (!isLanguageTag(tag)) {
                out.add(new CueProblem(field + "." + tag, Rule.LANGUAGE_TAG, tag));
            } else if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                out.add(new CueProblem(field + "." + tag, Rule.LANGUAGE_TWICE, tag));
            }
        }
    }

    private static String defaultLang(String given, Map<String, String> prompt, List<CueProblem> out) {
        if (given == null) {
            if (prompt.size() == 1) {
                return prompt.keySet().iterator().next();
            }
            if (!prompt.isEmpty()) {
                out.add(new CueProblem("defaultLang", Rule.DEFAULT_LANG_MISSING));
            }
            return null;
        }
        // tags compare without regard to case (BCP 47); the prompt's spelling of the tag is kept
        String match = keyIgnoringCase(prompt, given);
        if (match == null) {
            out.add(new CueProblem("defaultLang", Rule.DEFAULT_LANG_UNKNOWN, given, String.join(", ", prompt.keySet())));
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

    /** An option's texts under the prompt's spelling of each tag, so that a viewer's language finds its option. */
    private static Map<String, String> inPromptSpelling(Map<String, String> texts, Map<String, String> prompt) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((tag, text) -> {
            String spelling = keyIgnoringCase(prompt, tag);
            out.put(spelling == null ? tag : spelling, text);
        });
        return out;
    }

    /**
     * Options: their number, then each option's own texts, then the default language in every
     * option, then the prompt's other languages in every option.
     */
    private static void options(CueKind kind, List<Map<String, String>> given, Map<String, String> prompt,
            String defaultLang, List<CueProblem> out) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        if (!kind.hasOptions()) {
            if (given != null && !given.isEmpty()) {
                out.add(new CueProblem("options", Rule.OPTIONS_NOT_ALLOWED, name));
            }
            return;
        }
        int count = given == null ? 0 : given.size();
        if (count < MIN_OPTIONS || count > MAX_OPTIONS) {
            out.add(new CueProblem("options", Rule.OPTIONS_COUNT, name, count));
        }
        if (given == null) {
            return;
        }
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Map<String, String> option = given.get(i);
            String field = "options[" + i + "]";
            if (option == null || option.isEmpty()) {
                out.add(new CueProblem(field, Rule.OPTION_NONE, i + 1));
                continue;
            }
            usable.add(i);
            languages(field, option, out);
            int number = i + 1;
            option.forEach((lang, text) -> {
                if (text != null && !text.isBlank() && length(text) > MAX_OPTION) {
                    out.add(new CueProblem(field + "." + lang, Rule.OPTION_LONG, number, lang, MAX_OPTION));
                }
            });
        }
        List<String> langs = new ArrayList<>();
        if (defaultLang != null) {
            langs.add(defaultLang);
        }
        prompt.keySet().stream().filter(l -> !l.equals(defaultLang)).forEach(langs::add);
        for (String lang : langs) {
            for (int i : usable) {
                String key = keyIgnoringCase(given.get(i), lang);
                String text = key == null ? null : given.get(i).get(key);
                if (text == null || text.isBlank()) {
                    out.add(new CueProblem("options[" + i + "]." + lang, Rule.OPTION_EMPTY, i + 1, lang));
                }
            }
        }
    }

    private static void correctOption(CueKind kind, Integer given, int options, List<CueProblem> out) {
        if (kind != CueKind.QUIZ) {
            if (given != null) {
                out.add(new CueProblem("correctOption", Rule.CORRECT_NOT_ALLOWED));
            }
            return;
        }
        if (given == null || given < 0 || given >= options) {
            out.add(new CueProblem("correctOption", Rule.CORRECT_MISSING, Math.max(0, options - 1)));
        }
    }

    private static Map<String, String> trimmed(Map<String, String> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((lang, text) -> out.put(lang, text.strip()));
        return out;
    }
}
