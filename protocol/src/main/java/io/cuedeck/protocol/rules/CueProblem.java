package io.cuedeck.protocol.rules;

import java.util.List;

/**
 * One rule of {@link CueValidator} a draft breaks: the field at fault, by the path the API names
 * ({@code prompt.zh-TW}, {@code options[2].en}, {@code correctOption}), which rule, and the values
 * a message needs ({@code args}, in the order {@link Rule} lists them). The server answers with
 * {@link #message()}; the console words the same rule in the producer's language.
 */
public record CueProblem(String field, Rule rule, List<Object> args) {

    /** The rules, each with the arguments its message takes. */
    public enum Rule {
        /** No kind. */
        KIND_MISSING,
        /** No prompt text in any language. */
        PROMPT_NONE,
        /** More languages than allowed; args: the count, the maximum. */
        LANGUAGES_MANY,
        /** args: the tag. */
        LANGUAGE_TAG,
        /** The same language twice (differing in case); args: the tag. */
        LANGUAGE_TWICE,
        /** A prompt text blank after trimming; args: the language. */
        PROMPT_EMPTY,
        /** args: the language, the maximum in characters (code points). */
        PROMPT_LONG,
        /** Several prompt languages and no default. */
        DEFAULT_LANG_MISSING,
        /** args: the given default, the prompt's languages joined by ", ". */
        DEFAULT_LANG_UNKNOWN,
        /** A question or announcement with options; args: the kind's name. */
        OPTIONS_NOT_ALLOWED,
        /** args: the kind's name, the number of options given. */
        OPTIONS_COUNT,
        /** An option with no text at all; args: the option's number (1-based). */
        OPTION_NONE,
        /** An option lacking (or blank in) a language of the prompt; args: the number, the language. */
        OPTION_EMPTY,
        /** args: the number, the language, the maximum. */
        OPTION_LONG,
        /** A correct option on anything but a quiz. */
        CORRECT_NOT_ALLOWED,
        /** A quiz without a valid correct option; args: the highest valid index. */
        CORRECT_MISSING,
        /** args: the value, the minimum, the maximum. */
        ANSWER_SECONDS
    }

    public CueProblem(String field, Rule rule, Object... args) {
        this(field, rule, List.of(args));
    }

    /** The problem in English, as the API's error message says it. */
    public String message() {
        return switch (rule) {
            case KIND_MISSING -> "kind is required: question, poll, quiz or announcement.";
            case PROMPT_NONE -> "prompt needs its text in at least one language, e.g. {\"en\": \"Who wins tonight?\"}.";
            case LANGUAGES_MANY -> field + " has " + arg(0) + " languages; at most " + arg(1) + " are allowed.";
            case LANGUAGE_TAG -> "'" + arg(0) + "' is not a language tag such as en or zh-TW.";
            case LANGUAGE_TWICE -> "The language " + arg(0) + " is given twice in " + field + ".";
            case PROMPT_EMPTY -> "The " + arg(0) + " prompt is empty.";
            case PROMPT_LONG -> "The " + arg(0) + " prompt is longer than " + arg(1) + " characters.";
            case DEFAULT_LANG_MISSING -> "defaultLang is required when the prompt has several languages: "
                    + "it is what viewers see when their language is missing.";
            case DEFAULT_LANG_UNKNOWN -> "defaultLang '" + arg(0) + "' must be one of the prompt's languages: "
                    + arg(1) + ".";
            case OPTIONS_NOT_ALLOWED -> "A " + arg(0) + " has no options.";
            case OPTIONS_COUNT -> "A " + arg(0) + " needs 2 to 10 options; it has " + arg(1) + ".";
            case OPTION_NONE -> "Option " + arg(0) + " needs its text in every language of the prompt.";
            case OPTION_EMPTY -> "Option " + arg(0) + " has no " + arg(1) + " text: every option needs the text "
                    + "in every language of the prompt.";
            case OPTION_LONG -> "Option " + arg(0) + " (" + arg(1) + ") is longer than " + arg(2) + " characters.";
            case CORRECT_NOT_ALLOWED -> "Only a quiz has a correct option.";
            case CORRECT_MISSING -> "A quiz needs correctOption, the 0-based index of the right option: 0 to "
                    + arg(0) + ".";
            case ANSWER_SECONDS -> "answerSeconds must be from " + arg(1) + " to " + arg(2) + "; it is " + arg(0) + ".";
        };
    }

    private Object arg(int i) {
        return args.get(i);
    }
}
