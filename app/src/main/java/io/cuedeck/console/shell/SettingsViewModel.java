package io.cuedeck.console.shell;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Settings;
import io.cuedeck.console.common.UiLanguage;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Settings dialog (Ctrl+,): the language of the console's own words, saved per user. Every
 * screen is built in its language once, so a new choice applies at the next start; the dialog
 * says so, in the language running now and in the one chosen, as soon as they differ.
 */
public final class SettingsViewModel {

    private final Settings settings;
    private final I18n i18n;
    private final Locale system;
    private final ObjectProperty<UiLanguage> language = new SimpleObjectProperty<>(this, "language");
    private final ReadOnlyStringWrapper nextStart = new ReadOnlyStringWrapper(this, "nextStart", "");

    /** {@code i18n} is the running language; {@code system} the computer's locale (for "same as this computer"). */
    public SettingsViewModel(Settings settings, I18n i18n, Locale system) {
        this.settings = settings;
        this.i18n = i18n;
        this.system = system;
        language.addListener((o, a, chosen) -> nextStart.set(nextStartNote(chosen)));
        reset();
    }

    /** Puts back the saved choice (the dialog opens on it, and Cancel forgets any other). */
    public void reset() {
        language.set(UiLanguage.ofSetting(settings.get(Settings.LOCALE)));
    }

    /** Save: the choice is written to the user's settings; the next start uses it. */
    public void save() {
        settings.set(Settings.LOCALE, language.get().settingValue());
    }

    public List<UiLanguage> languages() {
        return List.of(UiLanguage.values());
    }

    /** A choice as the list shows it: each language in its own words, "same as this computer" with what that gives. */
    public String nameOf(UiLanguage choice) {
        return choice == UiLanguage.SYSTEM
                ? i18n.format("settings.language.system", UiLanguage.shownFor(choice.locale(system)).ownName())
                : choice.ownName();
    }

    private String nextStartNote(UiLanguage chosen) {
        UiLanguage running = UiLanguage.shownFor(i18n.locale());
        UiLanguage then = UiLanguage.shownFor(chosen.locale(system));
        if (then == running) {
            return "";
        }
        return i18n.get("settings.nextStart") + "\n" + new I18n(then.locale(system)).get("settings.nextStart");
    }

    public ObjectProperty<UiLanguage> languageProperty() {
        return language;
    }

    /** Empty while the choice gives the language running now; else when it takes effect, in both languages. */
    public ReadOnlyStringProperty nextStartProperty() {
        return nextStart.getReadOnlyProperty();
    }
}
