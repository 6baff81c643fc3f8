package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import javafx.util.StringConverter;

/**
 * "Option 1: Taipei": option indexes as a producer counts them, with the option's text in the
 * cue's default language (just "Option 1" while that text is empty).
 */
final class OptionNames extends StringConverter<Integer> {

    private final I18n i18n;
    private final CueForm form;

    OptionNames(I18n i18n, CueForm form) {
        this.i18n = i18n;
        this.form = form;
    }

    @Override
    public String toString(Integer index) {
        if (index == null) {
            return "";
        }
        String lang = form.defaultLangProperty().get();
        String text = lang == null || index >= form.options().size() ? "" : form.option(index, lang).get().strip();
        return text.isEmpty() ? i18n.format("editor.option", index + 1)
                : i18n.format("editor.optionNamed", index + 1, text);
    }

    @Override
    public Integer fromString(String text) {
        return null;
    }
}
