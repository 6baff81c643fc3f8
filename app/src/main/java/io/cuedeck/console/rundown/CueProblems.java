package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.rules.CueProblem;
import io.cuedeck.protocol.rules.CueValidator;
import java.util.List;

/**
 * Checks a cue before anything is sent, by the very rules the server applies
 * ({@link CueValidator} in the protocol module), and words each problem in the producer's
 * language. Field names are the server's, so a refusal from the server lands on the same control.
 */
public final class CueProblems {

    private final I18n i18n;

    public CueProblems(I18n i18n) {
        this.i18n = i18n;
    }

    public List<Problem> validate(CueDraft draft) {
        return CueValidator.problems(draft).stream().map(p -> new Problem(p.field(), words(p))).toList();
    }

    private String words(CueProblem p) {
        List<Object> a = p.args();
        return switch (p.rule()) {
            case KIND_MISSING -> i18n.get("validation.kind");
            case PROMPT_NONE -> i18n.get("validation.prompt.none");
            case LANGUAGES_MANY -> i18n.format("validation.languages.many", a.get(1));
            case LANGUAGE_TAG -> i18n.format("validation.languages.tag", a.get(0));
            case LANGUAGE_TWICE -> i18n.format("validation.languages.twice", a.get(0));
            case PROMPT_EMPTY -> i18n.format("validation.prompt.empty", a.get(0));
            case PROMPT_LONG -> i18n.format("validation.prompt.long", a.get(0), a.get(1));
            case DEFAULT_LANG_MISSING, DEFAULT_LANG_UNKNOWN -> i18n.get("validation.defaultLang");
            case OPTIONS_NOT_ALLOWED -> i18n.get("validation.options.none");
            case OPTIONS_COUNT -> i18n.get("validation.options.count");
            case OPTION_NONE -> i18n.format("validation.option.none", a.get(0));
            case OPTION_EMPTY -> i18n.format("validation.option.empty", a.get(0), a.get(1));
            case OPTION_LONG -> i18n.format("validation.option.long", a.get(0), a.get(1), a.get(2));
            case CORRECT_NOT_ALLOWED -> i18n.get("validation.correctOption.none");
            case CORRECT_MISSING -> i18n.get("validation.correctOption");
            case ANSWER_SECONDS -> i18n.format("validation.answerSeconds", a.get(1), a.get(2));
        };
    }
}
