package io.cuedeck.server.engine.cold;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.Show;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Everything a returned write stored is there after the store is closed and opened again. */
public abstract class DurabilityContract extends ColdPartContract {

    @Test
    void everyKindOfRecordSurvivesAReopen() {
        Show show = newShow();
        Cue first = poll(show.id(), "first");
        Cue second = poll(show.id(), "second");
        store().addCue(first);
        store().addCue(second);
        store().reorder(show.id(), List.of(second.id(), first.id()));
        FireRecord fire = fire(first, t0);
        store().putFire(fire);
        AnswerRecord answer = new AnswerRecord(show.id(), fire.fireId(), "v1", 1, null, t0);
        store().appendAnswers(List.of(answer));
        store().putSnapshot(new ViewerSnapshot(show.id(), t0.getEpochSecond(), new long[] {1, 2, 3}));
        store().putSnapshots(List.of(new ViewerSnapshot(show.id(), t0.getEpochSecond() + 3, new long[] {4, 5})));

        ColdStore again = reopen();

        assertThat(again.show(show.id())).contains(show);
        assertThat(again.rundown(show.id())).containsExactly(second, first);
        assertThat(again.fire(show.id(), fire.fireId())).contains(fire);
        assertThat(again.answers(show.id(), fire.fireId())).containsExactly(answer);
        assertThat(again.snapshots(show.id())).extracting(ViewerSnapshot::viewers)
                .containsExactly(new long[] {1, 2, 3}, new long[] {4, 5});
    }
}
