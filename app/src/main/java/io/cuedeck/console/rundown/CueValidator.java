package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a cue before anything is sent, with the server's rules (server-design.md) and one
 * stricter studio rule: every option must be written in every language of the cue, so no viewer
 * sees a half-translated poll. Field names match the server's, so a refusal from the server lands
 * on the same control.
 */
public final class CueValidator {

    public static final int MAX_LANGUAGES = 12;
    public static final int MAX_PROMPT = 500;
    public static final int MAX_OPTION = 200;
    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 600;

    private final I18n i18n;

    public CueValidator(I18n i18n) {
        this.i18n = i18n;
    }

    public List<Problem> validate(CueDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.kind() == null) {
            problems.add(problem("kind", "validation.kind"));
            return problems;
        }
        Map<String, String> prompt = draft.prompt() == null ? Map.of() : draft.prompt();
        checkLanguages(prompt, problems);
        prompt.forEach((lang, text) -> checkText("prompt." + lang, lang, text, MAX_PROMPT, problems));
        if (draft.defaultLang() == null || !prompt.containsKey(draft.defaultLang())) {
            problems.add(problem("defaultLang", "validation.defaultLang"));
        }
        checkOptions(draft, prompt, problems);
        int seconds = draft.answerSeconds() == null ? 30 : draft.answerSeconds();
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            problems.add(problem("answerSeconds", "validation.answerSeconds", MIN_SECONDS, MAX_SECONDS));
        }
        return problems;
    }

    private void checkLanguages(Map<String, String> prompt, List<Problem> problems) {
        if (prompt.isEmpty()) {
            problems.add(problem("prompt", "validation.prompt.none"));
        } else if (prompt.size() > MAX_LANGUAGES) {
            problems.add(problem("prompt", "validation.languages.many", MAX_LANGUAGES));
        }
        for (String lang : prompt.keySet()) {
            if (!isLanguageTag(lang)) {
                problems.add(problem("prompt", "validation.languages.tag", lang));
            }
        }
    }

    private void checkOptions(CueDraft draft, Map<String, String> prompt, List<Problem> problems) {
        List<Map<String, String>> options = draft.options() == null ? List.of() : draft.options();
        if (!draft.kind().hasOptions()) {
            return;
        }
        if (options.size() < 2 || options.size() > 10) {
            problems.add(problem("options", "validation.options.count"));
        }
        for (int i = 0; i < options.size(); i++) {
            for (String lang : prompt.keySet()) {
                String field = "options[" + i + "]." + lang;
                String text = options.get(i).get(lang);
                if (text == null || text.isBlank()) {
                    problems.add(problem(field, "validation.option.empty", i + 1, lang));
                } else if (text.length() > MAX_OPTION) {
                    problems.add(problem(field, "validation.option.long", i + 1, lang, MAX_OPTION));
                }
            }
        }
        Integer correct = draft.correctOption();
        if (draft.kind() == CueKind.QUIZ && (correct == null || correct < 0 || correct >= options.size())) {
            problems.add(problem("correctOption", "validation.correctOption"));
        }
    }

    private void checkText(String field, String lang, String text, int max, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(problem(field, "validation.prompt.empty", lang));
        } else if (text.length() > max) {
            problems.add(problem(field, "validation.prompt.long", lang, max));
        }
    }

    static boolean isLanguageTag(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return !locale.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private Problem problem(String field, String key, Object... args) {
        return new Problem(field, i18n.format(key, args));
    }
}
