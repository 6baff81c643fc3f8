package io.cuedeck.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Settings;
import io.cuedeck.console.common.SettingsStore;
import io.cuedeck.console.common.UiLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings dialog's language choice without the toolkit; the settings go to disk and are read back. */
class SettingsViewModelTest {

    @TempDir
    Path home;

    private Settings load() {
        return new SettingsStore(home).load(Runnable::run);
    }

    /** The dialog opened on a saved choice, in a console running {@code running} on a {@code system} computer. */
    private SettingsViewModel openOn(String saved, Locale running, Locale system) {
        Settings settings = load();
        settings.set(Settings.LOCALE, saved);
        return new SettingsViewModel(settings, new I18n(running), system);
    }

    /** What the next start would show, from the settings file as a restart reads it. */
    private String rundownAtNextStart(Locale system) {
        return new I18n(UiLanguage.resolve(load().get(Settings.LOCALE), system)).get("nav.rundown");
    }

    @Test
    void choosingTraditionalChineseSaysItAppliesAtTheNextStartInBothLanguagesAndTheNextStartUsesIt() throws Exception {
        SettingsViewModel vm = openOn("", Locale.ENGLISH, Locale.US);
        assertThat(vm.languageProperty().get()).isEqualTo(UiLanguage.SYSTEM);
        assertThat(vm.nextStartProperty().get()).isEmpty();

        vm.languageProperty().set(UiLanguage.TRADITIONAL_CHINESE);
        assertThat(vm.nextStartProperty().get())
                .contains("The console switches to this language the next time it starts.")
                .contains("主控台下次啟動時會切換為此語言。");
        vm.save();

        assertThat(Files.readString(home.resolve("console.properties"))).contains("locale=zh-TW");
        assertThat(rundownAtNextStart(Locale.US)).isEqualTo("節目流程");
    }

    @Test
    void sameAsThisComputerClearsTheChoiceAndNamesWhatTheSystemGives() {
        SettingsViewModel vm = openOn("en", Locale.ENGLISH, Locale.TRADITIONAL_CHINESE);
        assertThat(vm.languageProperty().get()).isEqualTo(UiLanguage.ENGLISH);
        assertThat(vm.nameOf(UiLanguage.SYSTEM)).isEqualTo("Same as this computer (繁體中文)");
        assertThat(vm.nameOf(UiLanguage.ENGLISH)).isEqualTo("English");

        vm.languageProperty().set(UiLanguage.SYSTEM);
        assertThat(vm.nextStartProperty().get()).as("the system gives Chinese: a change").isNotEmpty();
        vm.save();
        assertThat(load().get(Settings.LOCALE)).isEmpty();
        assertThat(rundownAtNextStart(Locale.TRADITIONAL_CHINESE)).isEqualTo("節目流程");
    }

    @Test
    void cancelForgetsTheChoiceAndTheFileKeepsTheSavedOne() {
        SettingsViewModel vm = openOn("zh-TW", Locale.TRADITIONAL_CHINESE, Locale.US);
        vm.languageProperty().set(UiLanguage.ENGLISH);
        assertThat(vm.nextStartProperty().get()).startsWith("主控台下次啟動時會切換為此語言。");
        vm.reset();
        assertThat(vm.languageProperty().get()).isEqualTo(UiLanguage.TRADITIONAL_CHINESE);
        assertThat(vm.nextStartProperty().get()).isEmpty();
        assertThat(load().get(Settings.LOCALE)).contains("zh-TW");
    }
}
