package io.cuedeck.server.engine.cold;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers: batches stored whole, the first answer per viewer and fire stays (across nodes too) and
 * each append says which answers it stored, per-fire reads.
 */
public abstract class AnswerStoreContract extends ColdPartContract {

    private final String show = id("show");
    private final String fire = id("fire");

    private AnswerRecord choice(String viewer, int choice) {
        return new AnswerRecord(show, fire, viewer, choice, null, t0);
    }

    @Test
    void storedAnswersReadBackEqual() {
        List<AnswerRecord> batch = List.of(choice("v1", 0), choice("v2", 1),
                new AnswerRecord(show, fire, "v3", null, "Go team! 加油 🎉", t0.plusMillis(7)));

        store().appendAnswers(batch);

        assertThat(store().answers(show, fire)).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void anEmptyBatchStoresNothing() {
        store().appendAnswers(List.of());

        assertThat(store().answers(show, fire)).isEmpty();
    }

    @Test
    void theFirstAnswerOfAViewerToAFireStaysAcrossAndWithinBatches() {
        store().appendAnswers(List.of(choice("v1", 0)));
        store().appendAnswers(List.of(choice("v1", 1), choice("v2", 1), choice("v2", 0)));

        assertThat(store().answers(show, fire)).containsExactlyInAnyOrder(choice("v1", 0), choice("v2", 1));
    }

    @Test
    void anAppendSaysWhichAnswersItStored() {
        assertThat(store().appendAnswers(List.of(choice("v1", 0), choice("v2", 1)))).containsExactly(true, true);

        assertThat(store().appendAnswers(List.of(choice("v1", 1), choice("v3", 0), choice("v3", 1))))
                .containsExactly(false, true, false);
        assertThat(store().appendAnswers(List.of())).isEmpty();
    }

    @Test
    void oneViewersAnswersAppendedAtOnceOnTwoNodesAreStoredOnceAndOneAppendSaysSo() throws Exception {
        List<Boolean> stored = concurrently(20, i -> {
            ColdStore node = i % 2 == 0 ? store() : otherNode();
            return node.appendAnswers(List.of(choice("v" + (i % 4), i), choice("same", i)))[1];
        });

        assertThat(stored).filteredOn(s -> s).hasSize(1);
        assertThat(store().answers(show, fire)).filteredOn(a -> a.viewerId().equals("same"))
                .singleElement().satisfies(a -> assertThat(a.choice()).isEqualTo(stored.indexOf(true)));
        assertThat(store().answers(show, fire)).hasSize(5);
    }

    @Test
    void answersReadPageByPageComeInViewerOrderEachOnceAndOnlyThisFiresOnes() {
        List<AnswerRecord> batch = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            batch.add(choice(String.format("v%03d", (i * 7) % 23), i % 3));
        }
        store().appendAnswers(batch);
        store().appendAnswers(List.of(new AnswerRecord(show, id("fire"), "v005", 1, null, t0)));

        List<String> read = new ArrayList<>();
        String after = null;
        for (List<AnswerRecord> page; !(page = store().answersAfter(show, fire, after, 5)).isEmpty(); ) {
            assertThat(page).hasSizeLessThanOrEqualTo(5).allSatisfy(a -> assertThat(a.fireId()).isEqualTo(fire));
            page.forEach(a -> read.add(a.viewerId()));
            after = page.get(page.size() - 1).viewerId();
        }

        assertThat(read).hasSize(23).isSorted().doesNotHaveDuplicates();
        assertThat(store().answersAfter(show, fire, "v020", 10)).extracting(AnswerRecord::viewerId)
                .containsExactly("v021", "v022");
    }

    @Test
    void answersAreReadPerFire() {
        String otherFire = id("fire");
        store().appendAnswers(List.of(choice("v1", 0), new AnswerRecord(show, otherFire, "v1", 1, null, t0)));

        assertThat(store().answers(show, fire)).containsExactly(choice("v1", 0));
        assertThat(store().answers(show, otherFire)).hasSize(1);
        assertThat(store().answers(show, id("fire"))).isEmpty();
    }

    @Test
    void aLargeBatchIsStoredWhole() {
        List<AnswerRecord> batch = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            batch.add(choice("v" + i, i % 4));
        }

        store().appendAnswers(batch);

        assertThat(store().answers(show, fire)).hasSize(2_000);
    }

    @Test
    void concurrentOverlappingBatchesStoreEveryViewerOnce() throws Exception {
        List<Integer> storedCounts = concurrently(10, i -> {
            List<AnswerRecord> batch = new ArrayList<>();
            for (int v = 0; v < 200; v++) {
                batch.add(choice("v" + ((i * 100 + v) % 1_000), i % 3));
            }
            int n = 0;
            for (boolean s : (i % 2 == 0 ? store() : otherNode()).appendAnswers(batch)) {
                n += s ? 1 : 0;
            }
            return n;
        });

        List<AnswerRecord> stored = store().answers(show, fire);
        assertThat(stored).hasSize(1_000);
        assertThat(storedCounts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_000);
        assertThat(stored.stream().map(AnswerRecord::viewerId).distinct()).hasSize(1_000);
    }
}
