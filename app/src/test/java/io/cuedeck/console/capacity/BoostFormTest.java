package io.cuedeck.console.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.common.I18n;
import io.cuedeck.protocol.capacity.BoostDraft;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The add/edit form's rules are the server's, named by the server's fields, in local time. */
class BoostFormTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private final BoostForm form = new BoostForm(TAIPEI, new I18n(Locale.ENGLISH));
    private final Instant now = Instant.parse("2026-12-04T10:00:00Z"); // 18:00 in Taipei

    @Test
    void aGoodFormBecomesADraftAtTheInstantsOfTheLocalTimes() {
        form.fresh(now, "news");
        form.titleProperty().set(" Evening news ");
        form.startProperty().set("2026-12-04 20:00");
        form.endProperty().set("2026-12-04 22:00");
        form.amountProperty().set("58,000");

        assertThat(form.problems(now, 50, 5_000)).isEmpty();
        BoostDraft d = form.toDraft();
        assertThat(d.start()).isEqualTo(Instant.parse("2026-12-04T12:00:00Z"));
        assertThat(d.end()).isEqualTo(Instant.parse("2026-12-04T14:00:00Z"));
        assertThat(d.expectedViewers()).isEqualTo(58_000L);
        assertThat(d.targetUnits()).isNull();
        assertThat(d.title()).isEqualTo("Evening news");
        assertThat(d.showId()).isEqualTo("news");
        assertThat(d.leadMinutes()).isEqualTo(60);
    }

    @Test
    void eachBrokenRuleIsNamedByItsServerField() {
        form.fresh(now, null);
        form.titleProperty().set("");
        form.startProperty().set("2026-12-04 17:00"); // an hour ago in Taipei
        form.endProperty().set("2026-12-04 16:00");
        form.inViewersProperty().set(false);
        form.amountProperty().set("51");
        form.leadProperty().set("721");

        assertThat(form.problems(now, 50, 5_000)).containsOnlyKeys("title", "start", "end", "targetUnits", "leadMinutes");
        form.startProperty().set("tomorrow");
        assertThat(form.problems(now, 50, 5_000).get("start")).isEqualTo("Write the time as 2026-12-04 20:00.");
        form.startProperty().set("2026-12-04 20:00");
        form.endProperty().set("2026-12-12 20:01");
        assertThat(form.problems(now, 50, 5_000).get("end")).isEqualTo("A boost lasts at most 7 days.");
    }
}
