package io.cuedeck.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.reports.LeaderEntry;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LeadersTest {

    private static final I18n EN = new I18n(Locale.ENGLISH);
    private static final ReportWords WORDS = new ReportWords(EN, ZoneId.of("UTC"));

    @Test
    void aQuizShowsTheBackendsFastestCorrectViewersRankOneFirst() {
        var board = List.of(new LeaderEntry(2, "viewer-b", 910), new LeaderEntry(1, "viewer-a", 640));
        Leaders l = Leaders.of(SampleReports.fire(CueKind.QUIZ, 40, 12L, board), WORDS, EN);
        assertThat(l.quiz()).isTrue();
        assertThat(l.rows()).extracting(LeaderEntry::viewerId).containsExactly("viewer-a", "viewer-b");
        assertThat(l.empty()).isEmpty();
    }

    @Test
    void aPollHasNoLeaderboardAndSaysSoInWords() {
        Leaders l = Leaders.of(SampleReports.fire(CueKind.POLL, 40, null, null), WORDS, EN);
        assertThat(l.quiz()).isFalse();
        assertThat(l.rows()).isEmpty();
        assertThat(l.empty()).isEqualTo("Only a quiz has a leaderboard (this fire: Poll).");
    }

    @Test
    void aQuizNobodyGotRightSaysTheLeaderboardIsEmptyBecauseOfThat() {
        Leaders l = Leaders.of(SampleReports.fire(CueKind.QUIZ, 40, 0L, List.of()), WORDS, EN);
        assertThat(l.rows()).isEmpty();
        assertThat(l.empty()).isEqualTo("Nobody answered this quiz correctly, so the leaderboard is empty.");
        I18n zh = new I18n(Locale.TAIWAN);
        assertThat(Leaders.of(SampleReports.fire(CueKind.POLL, 40, null, null), new ReportWords(zh, ZoneId.of("UTC")), zh)
                .empty()).isEqualTo("只有問答才有排行榜（這次觸發：投票）。");
    }
}
