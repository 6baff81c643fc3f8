package io.cuedeck.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UiLanguageTest {

    private static String rundownIn(Optional<String> setting, String systemTag) {
        return new I18n(UiLanguage.resolve(setting, Locale.forLanguageTag(systemTag))).get("nav.rundown");
    }

    @Test
    void withNothingChosenTheConsoleSpeaksTheLanguageOfTheSystem() {
        assertThat(rundownIn(Optional.empty(), "zh-TW")).isEqualTo("節目流程");
        assertThat(rundownIn(Optional.empty(), "zh-Hant-HK")).as("Traditional script, Hong Kong").isEqualTo("節目流程");
        assertThat(rundownIn(Optional.empty(), "zh-MO")).isEqualTo("節目流程");
        assertThat(rundownIn(Optional.empty(), "en-GB")).isEqualTo("Rundown");
        assertThat(rundownIn(Optional.empty(), "zh-CN")).as("no Simplified Chinese yet: English").isEqualTo("Rundown");
        assertThat(rundownIn(Optional.empty(), "zh-Hans-TW")).as("the script decides over the region").isEqualTo("Rundown");
        assertThat(new I18n(UiLanguage.resolve(Optional.empty(), Locale.KOREAN)).get("welcome.dismiss"))
                .as("a Korean system keeps its Korean welcome").isEqualTo("확인");
    }

    @Test
    void aChosenLanguageWinsOverTheSystem() {
        assertThat(rundownIn(Optional.of("zh-TW"), "en-US")).isEqualTo("節目流程");
        assertThat(rundownIn(Optional.of("en"), "zh-TW")).isEqualTo("Rundown");
    }

    @Test
    void aStoredValueReadsAsTheChoiceThatGivesIt() {
        assertThat(UiLanguage.ofSetting(Optional.empty())).isEqualTo(UiLanguage.SYSTEM);
        assertThat(UiLanguage.ofSetting(Optional.of("zh-TW"))).isEqualTo(UiLanguage.TRADITIONAL_CHINESE);
        assertThat(UiLanguage.ofSetting(Optional.of("zh-Hant"))).isEqualTo(UiLanguage.TRADITIONAL_CHINESE);
        assertThat(UiLanguage.ofSetting(Optional.of("en-US"))).isEqualTo(UiLanguage.ENGLISH);
        assertThat(UiLanguage.ofSetting(Optional.of("ko"))).as("not offered in the list").isEqualTo(UiLanguage.SYSTEM);
        for (UiLanguage choice : UiLanguage.values()) {
            String stored = choice.settingValue();
            assertThat(UiLanguage.ofSetting(Optional.of(stored).filter(v -> !v.isEmpty()))).isEqualTo(choice);
        }
    }
}
