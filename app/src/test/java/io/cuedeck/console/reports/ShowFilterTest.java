package io.cuedeck.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShowFilterTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Show QUIZ = new Show("a", "Quiz night", ShowStatus.ENDED, null, null,
            Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2026-12-01T16:30:00Z"), Instant.parse("2026-12-01T18:00:00Z"));
    private static final Show NEWS = new Show("b", "Morning news", ShowStatus.DRAFT,
            Instant.parse("2026-12-03T00:00:00Z"), null, Instant.parse("2026-11-29T10:00:00Z"), null, null);
    private static final Show MADE = new Show("c", "晚間新聞", ShowStatus.DRAFT, null, null,
            Instant.parse("2026-11-29T10:00:00Z"), null, null);

    private static List<String> pass(ShowFilter f) {
        return List.of(QUIZ, NEWS, MADE).stream().filter(f).map(Show::id).toList();
    }

    @Test
    void theSearchFindsAnyPartOfATitleInAnyCaseAndAnyScript() {
        assertThat(pass(new ShowFilter(" NIGHT ", null, null, null, TAIPEI))).containsExactly("a");
        assertThat(pass(new ShowFilter("新聞", null, null, null, TAIPEI))).containsExactly("c");
        assertThat(pass(new ShowFilter("", null, null, null, TAIPEI))).containsExactly("a", "b", "c");
    }

    @Test
    void theDayRangeIsInclusiveInTheConsolesZoneOnTheDayOnAirElsePlannedElseMade() {
        // Quiz went live 2026-12-02 00:30 in Taipei (still 1 December in UTC).
        assertThat(pass(new ShowFilter(null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2), null, TAIPEI)))
                .containsExactly("a");
        assertThat(pass(new ShowFilter(null, null, LocalDate.of(2026, 12, 1), null, ZoneId.of("UTC"))))
                .containsExactly("a", "c");
        assertThat(pass(new ShowFilter(null, LocalDate.of(2026, 12, 3), null, null, TAIPEI))).containsExactly("b");
    }

    @Test
    void theStatusKeepsOnlyShowsInThatStatus() {
        assertThat(pass(new ShowFilter(null, null, null, ShowStatus.DRAFT, TAIPEI))).containsExactly("b", "c");
        assertThat(pass(new ShowFilter("quiz", null, null, ShowStatus.DRAFT, TAIPEI))).isEmpty();
    }
}
