package io.cuedeck.console.reports;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.reports.LeaderEntry;
import java.util.Comparator;
import java.util.List;

/**
 * A fire's quiz leaderboard as the drill-down shows it: the backend's fastest correct viewers
 * (rank 1 first), or, when there is none to show, a sentence saying why (not a quiz; nobody was
 * right; the backend kept none).
 */
public record Leaders(boolean quiz, List<LeaderEntry> rows, String empty) {

    public static Leaders of(FireReport fire, ReportWords words, I18n i18n) {
        if (fire == null) {
            return new Leaders(false, List.of(), "");
        }
        if (fire.kind() != CueKind.QUIZ) {
            return new Leaders(false, List.of(), i18n.format("reports.leaders.notQuiz", words.kind(fire.kind())));
        }
        List<LeaderEntry> rows = fire.leaderboard() == null ? List.of()
                : fire.leaderboard().stream().sorted(Comparator.comparingInt(LeaderEntry::rank)).toList();
        if (!rows.isEmpty()) {
            return new Leaders(true, rows, "");
        }
        // Correct answers but no lines: a backend (or a fire finalised) before leaderboards were kept.
        return new Leaders(true, rows, i18n.get(fire.correct() == null || fire.correct() == 0
                ? "reports.leaders.noneRight" : "reports.leaders.missing"));
    }
}
