package io.cuedeck.server.rundown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final List<String> CUE = List.of("en", "zh-TW", "ko");

    @Test
    void aViewerGetsTheExactLanguageWhateverItsCase() {
        assertThat(Languages.pick(CUE, "zh-TW", "en")).isEqualTo("zh-TW");
        assertThat(Languages.pick(CUE, "ZH-tw", "en")).isEqualTo("zh-TW");
        assertThat(Languages.pick(CUE, "ko", "en")).isEqualTo("ko");
    }

    @Test
    void elseALanguageWithTheSamePrimaryTagElseTheDefault() {
        assertThat(Languages.pick(CUE, "zh-HK", "en")).isEqualTo("zh-TW");
        assertThat(Languages.pick(CUE, "ko-KR", "en")).isEqualTo("ko");
        assertThat(Languages.pick(CUE, "en-GB", "en")).isEqualTo("en");
        assertThat(Languages.pick(CUE, "fr", "en")).isEqualTo("en");
        assertThat(Languages.pick(CUE, "", "en")).isEqualTo("en");
        assertThat(Languages.pick(CUE, null, "ko")).isEqualTo("ko");
    }

    @Test
    void theDefaultWinsOverAnotherTagWithItsPrimaryLanguage() {
        assertThat(Languages.pick(List.of("zh-CN", "zh-TW"), "zh-HK", "zh-TW")).isEqualTo("zh-TW");
    }

    @Test
    void languageTagsAreRecognised() {
        assertThat(List.of("en", "zh-TW", "sr-Latn-RS", "es-419", "yue")).allMatch(Languages::isTag);
        assertThat(List.of("", "e", "english!", "zh_TW", "en-", "-en", "x".repeat(36))).noneMatch(Languages::isTag);
    }
}
