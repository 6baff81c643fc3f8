package io.cuedeck.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.protocol.reports.Check;
import io.cuedeck.protocol.reports.Reconciliation;
import io.cuedeck.protocol.reports.SecondsGap;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportChecksTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final long LIVE = SampleReports.LIVE.getEpochSecond();
    private static final ShowReport GAPPY = SampleReports.show(SampleReports.LIVE,
            List.of(SampleReports.fire(CueKind.QUIZ, 9_900, 4_000L, List.of()), SampleReports.fire(CueKind.POLL, 20, null, null),
                    SampleReports.fire(CueKind.ANNOUNCEMENT, 0, null, null)), null,
            new Reconciliation(new Check(false, "3 of 5400 seconds on air have no viewer snapshot, in 2 gaps."),
                    List.of(new SecondsGap(LIVE + 61, LIVE + 62), new SecondsGap(LIVE + 3600, LIVE + 3600)),
                    new Check(true, "All 9920 accepted answers of 3 fires are in the cold store.")));

    private static String lines(Locale locale) {
        I18n i18n = new I18n(locale);
        return ReportChecks.snapshots(GAPPY, new ReportWords(i18n, UTC), i18n).text() + "\n"
                + ReportChecks.answers(GAPPY, i18n).text();
    }

    @Test
    void theLinesSayInEnglishWhichSecondsLackASnapshotAndThatEveryAcceptedAnswerIsStored() {
        assertThat(lines(Locale.ENGLISH)).isEqualTo("Viewer snapshots: NOT complete. 3 seconds on air have no viewer "
                + "snapshot, in 2 gaps: 12:01:01\u201312:01:02, 13:00:00.\nAnswers: complete. Every accepted answer is "
                + "stored: 9,920 answers of 3 fires, all in the cold store.");
    }

    @Test
    void inTraditionalChineseTheLinesHaveNoEnglishWordLeft() {
        String zh = lines(Locale.TAIWAN);
        assertThat(zh).isEqualTo("觀眾快照：不完整。播出期間有 3 秒沒有觀眾快照，共 2 段缺口：12:01:01\u201312:01:02、13:00:00。\n"
                + "回答：完整。每個已接受的回答都已儲存：3 次觸發共 9,920 個回答，全部在冷儲存中。");
        assertThat(zh).doesNotContainPattern("[A-Za-z]{2,}");
    }

    @Test
    void theGreenOrRedComesFromTheBackendAndItsOwnSentenceIsKeptForTheTooltip() {
        I18n en = new I18n(Locale.ENGLISH);
        ReportChecks.Line snapshots = ReportChecks.snapshots(GAPPY, new ReportWords(en, UTC), en);
        assertThat(snapshots.ok()).isFalse();
        assertThat(snapshots.detail()).startsWith("3 of 5400 seconds");
        ShowReport offAir = SampleReports.show(null, List.of(), null,
                new Reconciliation(new Check(true, "x"), List.of(), new Check(false, "Accepted answers and stored answers differ for f1.")));
        assertThat(ReportChecks.snapshots(offAir, new ReportWords(en, UTC), en).text())
                .isEqualTo("Viewer snapshots: complete. The show was not on air, so there were no seconds to snapshot.");
        ReportChecks.Line answers = ReportChecks.answers(offAir, en);
        assertThat(answers.ok()).isFalse();
        assertThat(answers.text()).startsWith("Answers: NOT complete. Some accepted answers are not in the cold store");
        assertThat(ReportChecks.answers(SampleReports.show(null, List.of(), null, null), en)).isNull();
    }
}
