package io.cuedeck.server.engine.cold;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.Show;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fires: written when fired, then added to as they close, are revealed and are finalised, by any
 * node, without a write ever losing a field another one set; listed oldest first.
 */
public abstract class FireStoreContract extends ColdPartContract {

    private static FireTotals totals(long delivered) {
        long[] latency = new long[LatencyHistogram.BUCKETS];
        latency[LatencyHistogram.bucketOf(150)] = 900;
        latency[LatencyHistogram.bucketOf(4_000)] = 12;
        return new FireTotals(delivered, 5, 912, latency, 4_020);
    }

    @Test
    void aFireReadsBackEqualWithItsFrozenCueAndReceipt() {
        Show show = newShow();
        FireRecord fire = fire(poll(show.id(), "Who wins?"), t0);

        store().putFire(fire);

        assertThat(store().fire(show.id(), fire.fireId())).contains(fire);
        assertThat(store().fire(show.id(), id("fire"))).isEmpty();
        assertThat(store().fire(id("show"), fire.fireId())).isEmpty();
    }

    @Test
    void aFireStoredBeforeItWasSentReadsBackPendingUntilAWriteMarksItSent() {
        Show show = newShow();
        FireRecord sent = fire(poll(show.id(), "Who wins?"), t0);
        FireRecord pending = sent.withSentAt(null);

        store().putFire(pending);
        assertThat(store().fire(show.id(), sent.fireId())).hasValueSatisfying(f -> assertThat(f.sent()).isFalse());
        assertThat(store().fires(show.id())).singleElement().satisfies(f -> assertThat(f.sent()).isFalse());

        store().putFire(pending.withSentAt(t0.plusMillis(3)));
        store().putFire(pending.withClosedAt(t0.plusSeconds(30)));

        assertThat(store().fire(show.id(), sent.fireId())).contains(
                pending.withSentAt(t0.plusMillis(3)).withClosedAt(t0.plusSeconds(30)));
    }

    @Test
    void aLaterWriteAddsTheCloseRevealAndTotals() {
        Show show = newShow();
        FireRecord fire = fire(poll(show.id(), "Who wins?"), t0);
        store().putFire(fire);
        FireRecord done = fire.withClosedAt(t0.plusSeconds(30)).withRevealedAt(t0.plusSeconds(40))
                .withTotals(totals(995));

        store().putFire(done);

        FireRecord back = store().fire(show.id(), fire.fireId()).orElseThrow();
        assertThat(back).usingRecursiveComparison().isEqualTo(done);
        assertThat(back.totals().latency()).isEqualTo(done.totals().latency());
        assertThat(store().fires(show.id())).hasSize(1);
    }

    @Test
    void aFinalisedFiresReportCountsReadBackEqual() {
        Show show = newShow();
        FireRecord fire = fire(poll(show.id(), "Who wins?"), t0);
        long[] latency = new long[LatencyHistogram.BUCKETS];
        latency[LatencyHistogram.bucketOf(80)] = 3;
        FireCounts counts = new FireCounts(2_100, 2_000, 1_990, 1_500, 1_200, 40, 30, 20, 2_400, 3,
                java.util.Map.of("closed", 3L), 1_530, latency, 812, 1_220, new long[] {700, 520},
                java.util.Map.of("zh-TW", new long[] {600, 400, 200}, "ko", new long[] {620, 300, 320}),
                java.util.List.of(new io.cuedeck.protocol.reports.LeaderEntry(1, "v-1", 88)),
                java.util.Map.of(t0.getEpochSecond(), 1_000L, t0.getEpochSecond() + 1, 220L),
                java.util.Map.of("duplicate", 4L));
        FireRecord done = fire.withClosedAt(t0.plusSeconds(30))
                .withTotals(new FireTotals(2_400, 3, 1_530, latency, 812, counts));

        store().putFire(done);

        FireRecord back = store().fire(show.id(), fire.fireId()).orElseThrow();
        assertThat(back.totals().counts()).usingRecursiveComparison().isEqualTo(counts);
    }

    @Test
    void aWriteThatLacksAFieldNeverClearsIt() {
        Show show = newShow();
        FireRecord fire = fire(poll(show.id(), "Who wins?"), t0);
        store().putFire(fire);

        store().putFire(fire.withRevealedAt(t0.plusSeconds(40)));
        store().putFire(fire.withTotals(totals(995)));
        store().putFire(fire.withClosedAt(t0.plusSeconds(30)));
        store().putFire(fire);

        FireRecord back = store().fire(show.id(), fire.fireId()).orElseThrow();
        assertThat(back).usingRecursiveComparison().isEqualTo(fire.withClosedAt(t0.plusSeconds(30))
                .withRevealedAt(t0.plusSeconds(40)).withTotals(totals(995)));
        assertThat(store().fires(show.id())).singleElement().usingRecursiveComparison().isEqualTo(back);
    }

    @Test
    void theFirstValueOfEachFieldStays() {
        Show show = newShow();
        FireRecord fire = fire(poll(show.id(), "Who wins?"), t0);
        store().putFire(fire.withClosedAt(t0.plusSeconds(30)));
        FireReceipt otherReceipt = new FireReceipt(fire.fireId(), "other-cue", t0, t0, 1);

        store().putFire(new FireRecord(show.id(), fire.fireId(), poll(show.id(), "edited later"), "other-key",
                otherReceipt, t0.plusSeconds(31), null, null));
        store().putFire(fire.withTotals(totals(995)));
        store().putFire(fire.withTotals(totals(1_000)).withRevealedAt(t0.plusSeconds(50)));

        FireRecord back = store().fire(show.id(), fire.fireId()).orElseThrow();
        assertThat(back.cue()).isEqualTo(fire.cue());
        assertThat(back.idempotencyKey()).isEqualTo(fire.idempotencyKey());
        assertThat(back.receipt()).isEqualTo(fire.receipt());
        assertThat(back.closedAt()).isEqualTo(t0.plusSeconds(30));
        assertThat(back.totals().delivered()).isEqualTo(995);
        assertThat(back.revealedAt()).isEqualTo(t0.plusSeconds(50));
    }

    @Test
    void closesRevealsAndFinalisationsWrittenAtOnceOnTwoNodesAreAllKept() throws Exception {
        Show show = newShow();
        Cue cue = poll(show.id(), "Who wins?");
        List<FireRecord> fires = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FireRecord fire = fire(cue, t0.plusSeconds(i));
            store().putFire(fire);
            fires.add(fire);
        }

        concurrently(30, i -> {
            FireRecord fire = fires.get(i / 3);
            FireRecord change = switch (i % 3) {
                case 0 -> fire.withClosedAt(t0.plusSeconds(60));
                case 1 -> fire.withRevealedAt(t0.plusSeconds(70));
                default -> fire.withTotals(totals(i));
            };
            (i % 2 == 0 ? store() : otherNode()).putFire(change);
            return null;
        });

        assertThat(store().fires(show.id())).hasSize(10).allSatisfy(back -> {
            assertThat(back.closedAt()).isEqualTo(t0.plusSeconds(60));
            assertThat(back.revealedAt()).isEqualTo(t0.plusSeconds(70));
            assertThat(back.totals()).isNotNull();
        });
    }

    @Test
    void aShowsFiresAreListedOldestFirst() {
        Show show = newShow();
        Cue cue = poll(show.id(), "again?");
        FireRecord late = fire(cue, t0.plusSeconds(120));
        FireRecord early = fire(cue, t0);
        FireRecord middle = fire(cue, t0.plusSeconds(60));
        store().putFire(late);
        store().putFire(early);
        store().putFire(middle);
        store().putFire(fire(poll(newShow().id(), "elsewhere"), t0));

        assertThat(store().fires(show.id())).containsExactly(early, middle, late);
    }
}
