package io.cuedeck.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.reports.Split;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AudienceSplitTest {

    private static final Split SPLIT = new Split(Map.of("ios", 120L, "android", 150L, "web", 50L),
            Map.of("TW", 200L, "KR", 40L, "unknown", 80L), Map.of("zh-TW", 180L, "en", 100L, "ko", 40L));

    private static AudienceSplit split(Locale locale) {
        return AudienceSplit.of(SampleReports.show(SampleReports.LIVE, List.of(), SPLIT, null),
                new ReportWords(new I18n(locale), ZoneId.of("UTC")));
    }

    @Test
    void eachSplitListsItsValuesInWordsMostViewersFirstWithTheirShareOfTheShow() {
        AudienceSplit s = split(Locale.ENGLISH);
        assertThat(s.dimension(AudienceSplit.PLATFORM).shares()).extracting(AudienceSplit.Share::name)
                .containsExactly("Android", "iOS", "Web");
        assertThat(s.dimension(AudienceSplit.PLATFORM).share("android").fraction()).isEqualTo(150.0 / 320);
        assertThat(s.dimension(AudienceSplit.LANGUAGE).shares()).extracting(AudienceSplit.Share::name)
                .containsExactly("Chinese (Taiwan)", "English", "Korean");
        assertThat(s.viewers()).isEqualTo(320);
    }

    @Test
    void unknownRegionComesLastHoweverManyViewersItHasAndIsCountedForTheExplanation() {
        AudienceSplit s = split(Locale.ENGLISH);
        assertThat(s.dimension(AudienceSplit.REGION).shares()).extracting(AudienceSplit.Share::name)
                .containsExactly("Taiwan", "South Korea", "Unknown");
        assertThat(s.dimension(AudienceSplit.REGION).share("unknown").unknown()).isTrue();
        assertThat(s.unknownRegion()).isEqualTo(80);
    }

    @Test
    void inTraditionalChineseRegionsLanguagesAndPlatformsAreNamedInChinese() {
        AudienceSplit s = split(Locale.TAIWAN);
        assertThat(s.dimension(AudienceSplit.REGION).shares()).extracting(AudienceSplit.Share::name)
                .containsExactly("台灣", "南韓", "不明");
        assertThat(s.dimension(AudienceSplit.LANGUAGE).share("en").name()).isEqualTo("英文");
        assertThat(s.dimension(AudienceSplit.PLATFORM).share("web").name()).isEqualTo("網頁");
    }

    @Test
    void aShowNobodyWatchedHasAnEmptySplitAndNoUnknownRegion() {
        AudienceSplit s = AudienceSplit.of(SampleReports.show(null, List.of(), null, null),
                new ReportWords(new I18n(Locale.ENGLISH), ZoneId.of("UTC")));
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.unknownRegion()).isZero();
    }
}
