package io.cuedeck.server.engine.cold;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.Show;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rundown: cues appended in order, edited in place, deleted, reordered all or nothing. */
public abstract class RundownStoreContract extends ColdPartContract {

    private List<String> ids(String showId) {
        return store().rundown(showId).stream().map(Cue::id).toList();
    }

    private List<Cue> addThree(Show show) {
        List<Cue> cues = List.of(poll(show.id(), "one"), poll(show.id(), "two"), poll(show.id(), "three"));
        cues.forEach(store()::addCue);
        return cues;
    }

    @Test
    void addedCuesReadBackEqualInTheOrderTheyWereAdded() {
        Show show = newShow();
        List<Cue> cues = addThree(show);

        assertThat(store().rundown(show.id())).containsExactlyElementsOf(cues);
        assertThat(store().cue(show.id(), cues.get(1).id())).contains(cues.get(1));
    }

    @Test
    void aCueBelongsToItsShowOnly() {
        Show show = newShow();
        Show other = newShow();
        Cue cue = poll(show.id(), "mine");
        store().addCue(cue);

        assertThat(store().rundown(other.id())).isEmpty();
        assertThat(store().cue(other.id(), cue.id())).isEmpty();
    }

    @Test
    void addingACueToAnUnknownShowIsRefused() {
        Cue orphan = poll(id("show"), "nobody");

        assertThatThrownBy(() -> store().addCue(orphan)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store().rundown(orphan.showId())).isEmpty();
    }

    @Test
    void anEditedCueKeepsItsPlace() {
        Show show = newShow();
        List<Cue> cues = addThree(show);
        Cue first = cues.get(0);
        Cue edited = new Cue(first.id(), show.id(), CueKind.QUESTION, Map.of("ko", "질문?"), List.of(), null, 60,
                "ko", first.createdAt(), t0.plusSeconds(9));

        assertThat(store().updateCue(edited)).isTrue();

        assertThat(store().rundown(show.id())).containsExactly(edited, cues.get(1), cues.get(2));
        assertThat(store().updateCue(poll(show.id(), "ghost"))).isFalse();
    }

    @Test
    void aDeletedCueLeavesTheRundownAndItsFiresStay() {
        Show show = newShow();
        List<Cue> cues = addThree(show);
        FireRecord fire = fire(cues.get(1), t0);
        store().putFire(fire);

        assertThat(store().deleteCue(show.id(), cues.get(1).id())).isTrue();

        assertThat(ids(show.id())).containsExactly(cues.get(0).id(), cues.get(2).id());
        assertThat(store().cue(show.id(), cues.get(1).id())).isEmpty();
        assertThat(store().deleteCue(show.id(), cues.get(1).id())).isFalse();
        assertThat(store().fire(show.id(), fire.fireId())).isPresent();
    }

    @Test
    void aReorderNamingEveryCueOnceReplacesTheOrder() {
        Show show = newShow();
        List<Cue> cues = addThree(show);
        List<String> order = List.of(cues.get(2).id(), cues.get(0).id(), cues.get(1).id());

        assertThat(store().reorder(show.id(), order)).isTrue();

        assertThat(ids(show.id())).isEqualTo(order);
        Cue added = poll(show.id(), "four");
        store().addCue(added);
        assertThat(ids(show.id())).last().isEqualTo(added.id());
    }

    @Test
    void aReorderThatMissesRepeatsOrInventsACueChangesNothing() {
        Show show = newShow();
        List<Cue> cues = addThree(show);
        List<String> before = ids(show.id());
        String a = cues.get(0).id();
        String b = cues.get(1).id();
        String c = cues.get(2).id();

        assertThat(store().reorder(show.id(), List.of(c, a))).isFalse();
        assertThat(store().reorder(show.id(), List.of(c, a, a))).isFalse();
        assertThat(store().reorder(show.id(), List.of(c, a, b, id("cue")))).isFalse();
        assertThat(store().reorder(show.id(), List.of(c, a, id("cue")))).isFalse();
        assertThat(ids(show.id())).isEqualTo(before);
    }

    @Test
    void aReorderMadeStaleByAnAddIsRefused() {
        Show show = newShow();
        addThree(show);
        List<String> seen = ids(show.id());
        store().addCue(poll(show.id(), "late"));
        List<String> reversed = new ArrayList<>(seen);
        Collections.reverse(reversed);

        assertThat(store().reorder(show.id(), reversed)).isFalse();
        assertThat(ids(show.id())).startsWith(seen.toArray(String[]::new));
    }

    @Test
    void concurrentAddsEachLandInTheRundownOnce() throws Exception {
        Show show = newShow();

        List<String> added = concurrently(20, i -> {
            Cue cue = poll(show.id(), "cue " + i);
            store().addCue(cue);
            return cue.id();
        });

        assertThat(ids(show.id())).containsExactlyInAnyOrderElementsOf(added);
    }
}
