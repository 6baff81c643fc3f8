package io.cuedeck.server.engine.cold;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shows: create once, read back equal, list newest first, update in place. */
public abstract class ShowStoreContract extends ColdPartContract {

    @Test
    void aCreatedShowReadsBackEqual() {
        Show show = newShow();

        assertThat(store().show(show.id())).contains(show);
        assertThat(store().show(id("show"))).isEmpty();
        assertThat(store().name()).isNotBlank();
        assertThat(store().isUp()).isTrue();
    }

    @Test
    void aSecondShowWithTheSameIdIsRefusedAndTheFirstStays() {
        Show show = newShow();
        Show impostor = new Show(show.id(), "other", ShowStatus.LIVE, null, null, t0.plusSeconds(5), null, null);

        assertThatThrownBy(() -> store().createShow(impostor)).isInstanceOf(DuplicateIdException.class);
        assertThat(store().show(show.id())).contains(show);
    }

    @Test
    void concurrentCreatesOfOneIdHaveExactlyOneWinner() throws Exception {
        String showId = id("show");

        List<Boolean> created = concurrently(20, i -> {
            try {
                store().createShow(show(showId, t0.plusMillis(i)));
                return true;
            } catch (DuplicateIdException e) {
                return false;
            }
        });

        assertThat(created).filteredOn(c -> c).hasSize(1);
        assertThat(store().show(showId).orElseThrow().createdAt()).isEqualTo(t0.plusMillis(created.indexOf(true)));
    }

    @Test
    void showsAreListedMostRecentlyCreatedFirst() {
        Show older = show(id("show"), t0.minusSeconds(60));
        Show newest = show(id("show"), t0.plusSeconds(60));
        Show middle = show(id("show"), t0);
        List.of(older, newest, middle).forEach(store()::createShow);
        Set<String> ours = Set.of(older.id(), newest.id(), middle.id());

        assertThat(store().shows()).filteredOn(s -> ours.contains(s.id())).containsExactly(newest, middle, older);
    }

    @Test
    void anUpdateReplacesTheShowsFieldsAndKeepsItsRundown() {
        Show show = newShow();
        store().addCue(poll(show.id(), "Ready?"));
        Show live = new Show(show.id(), "Renamed", ShowStatus.LIVE, show.scheduledStart(), t0.plusSeconds(7_200),
                show.createdAt(), t0.plusSeconds(10), null);

        assertThat(store().updateShow(live)).isTrue();

        assertThat(store().show(show.id())).contains(live);
        assertThat(store().rundown(show.id())).hasSize(1);
    }

    @Test
    void updatingAnUnknownShowChangesNothing() {
        Show ghost = show(id("show"), t0);

        assertThat(store().updateShow(ghost)).isFalse();
        assertThat(store().show(ghost.id())).isEmpty();
    }
}
