package io.cuedeck.console.rundown;

import io.cuedeck.console.common.I18n;
import javafx.util.StringConverter;

/** "Option 1", "Option 2": option indexes as a producer counts them. */
final class OptionNames extends StringConverter<Integer> {

    private final I18n i18n;

    OptionNames(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public String toString(Integer index) {
        return index == null ? "" : i18n.format("editor.option", index + 1);
    }

    @Override
    public Integer fromString(String text) {
        return null;
    }
}
