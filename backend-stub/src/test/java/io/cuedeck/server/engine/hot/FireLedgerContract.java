package io.cuedeck.server.engine.hot;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static io.cuedeck.server.engine.ContractSupport.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.CueKind;
import io.cuedeck.server.engine.hot.FireLedger.FireState;
import io.cuedeck.server.engine.hot.FireLedger.FireStats;
import io.cuedeck.server.engine.hot.FireLedger.LiveFire;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FireLedger}: open and close once, delivery, deduplicated acks, answers held (lapsing),
 * confirmed (counted once) or released, tallies, restore.
 */
public abstract class FireLedgerContract extends HotPartContract {

    private static final Duration HOLD = Duration.ofSeconds(30);
    private static final Duration SHORT_HOLD = Duration.ofMillis(300);

    private final String show = id("show");
    private final Instant firedAt = now();

    private FireLedger ledger() {
        return engine().fires();
    }

    private LiveFire poll(Instant at) {
        return new LiveFire(show, id("fire"), id("cue"), CueKind.POLL, 3, null, at, at.plusSeconds(30), 100);
    }

    private LiveFire openPoll() {
        LiveFire fire = poll(firedAt);
        ledger().open(fire);
        return fire;
    }

    @Test
    void anOpenedFireIsReadableAndOpenOnEveryNode() {
        LiveFire fire = openPoll();

        assertThat(otherNode().fires().get(fire.fireId())).contains(new FireState(fire, null));
        assertThat(ledger().stats(fire.fireId())).hasValueSatisfying(s -> {
            assertThat(s.delivered()).isZero();
            assertThat(s.acks()).isZero();
            assertThat(s.answers()).isZero();
            assertThat(s.counts()).containsExactly(0, 0, 0);
        });
    }

    @Test
    void openingAnIdThatExistsChangesNothing() {
        LiveFire fire = openPoll();
        ledger().close(fire.fireId(), firedAt.plusSeconds(5));

        ledger().open(new LiveFire(show, fire.fireId(), "other", CueKind.QUIZ, 2, 1, firedAt, firedAt, 7));

        assertThat(ledger().get(fire.fireId())).contains(new FireState(fire, firedAt.plusSeconds(5)));
    }

    @Test
    void anUnknownFireHasNoStateAndNoStats() {
        assertThat(ledger().get(id("fire"))).isEmpty();
        assertThat(ledger().stats(id("fire"))).isEmpty();
        assertThat(ledger().close(id("fire"), firedAt)).isFalse();
    }

    @Test
    void closeSucceedsOnceAndKeepsTheFirstCloseTime() {
        LiveFire fire = openPoll();

        assertThat(ledger().close(fire.fireId(), firedAt.plusSeconds(3))).isTrue();
        assertThat(otherNode().fires().close(fire.fireId(), firedAt.plusSeconds(4))).isFalse();
        assertThat(ledger().get(fire.fireId()).orElseThrow().closedAt()).isEqualTo(firedAt.plusSeconds(3));
    }

    @Test
    void fiftyConcurrentClosesOnSeveralNodesHaveOneWinner() throws Exception {
        LiveFire fire = openPoll();

        List<Boolean> wins = concurrently(50, i -> node(i).fires().close(fire.fireId(), firedAt.plusMillis(i)));

        assertThat(wins).filteredOn(w -> w).hasSize(1);
        Instant closedAt = ledger().get(fire.fireId()).orElseThrow().closedAt();
        assertThat(closedAt).isEqualTo(firedAt.plusMillis(wins.indexOf(true)));
    }

    @Test
    void openFiresAreTheShowsUnclosedFiresOldestFirst() {
        LiveFire second = poll(firedAt.plusSeconds(2));
        LiveFire first = poll(firedAt);
        LiveFire closed = poll(firedAt.plusSeconds(1));
        LiveFire elsewhere = new LiveFire(id("show"), id("fire"), "c", CueKind.POLL, 2, null, firedAt, firedAt, 0);
        List.of(second, first, closed, elsewhere).forEach(ledger()::open);
        ledger().close(closed.fireId(), firedAt.plusSeconds(3));

        assertThat(otherNode().fires().openFires(show)).containsExactly(first, second);
    }

    @Test
    void deliveriesReportedConcurrentlyFromSeveralNodesAddUp() throws Exception {
        LiveFire fire = openPoll();

        concurrently(40, i -> {
            node(i).fires().delivered(fire.fireId(), 25, i % 4 == 0 ? 1 : 0);
            return null;
        });

        FireStats stats = ledger().stats(fire.fireId()).orElseThrow();
        assertThat(stats.delivered()).isEqualTo(1_000);
        assertThat(stats.failed()).isEqualTo(10);
    }

    @Test
    void onlyAViewersFirstAckCountsWithItsLatency() {
        LiveFire fire = openPoll();

        assertThat(ledger().ack(fire.fireId(), "v1", 120)).isTrue();
        assertThat(otherNode().fires().ack(fire.fireId(), "v1", 5)).isFalse();
        assertThat(ledger().ack(fire.fireId(), "v2", 2_345)).isTrue();

        FireStats stats = ledger().stats(fire.fireId()).orElseThrow();
        assertThat(stats.acks()).isEqualTo(2);
        assertThat(stats.maxLatencyMs()).isEqualTo(2_345);
        assertThat(stats.latency()).hasSize(LatencyHistogram.BUCKETS);
        assertThat(stats.latency()[LatencyHistogram.bucketOf(120)]).isEqualTo(1);
        assertThat(stats.latency()[LatencyHistogram.bucketOf(2_345)]).isEqualTo(1);
        assertThat(stats.latency()[LatencyHistogram.bucketOf(5)]).isZero();
    }

    @Test
    void acksSentTogetherCountAsTheSameAcksOneByOne() {
        LiveFire first = openPoll();
        LiveFire second = openPoll();
        assertThat(ledger().ack(first.fireId(), "v0", 7)).isTrue();
        List<FireLedger.Ack> acks = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            // more acks than one script takes; v0 acked before, v1 twice in the batch
            acks.add(new FireLedger.Ack(first.fireId(), "v" + (i % 2_400), 10 + i));
        }
        acks.add(new FireLedger.Ack(second.fireId(), "v1", 4_000));
        acks.add(new FireLedger.Ack(id("no-such-fire"), "v1", 1));

        assertThat(otherNode().fires().acks(acks)).isEqualTo(2_399 + 1);

        FireStats stats = ledger().stats(first.fireId()).orElseThrow();
        assertThat(stats.acks()).isEqualTo(2_400);
        assertThat(stats.maxLatencyMs()).as("the first ack of v2399 (the repeats' later latencies do not count)")
                .isEqualTo(10 + 2_399);
        assertThat(java.util.Arrays.stream(stats.latency()).sum()).isEqualTo(2_400);
        assertThat(stats.latency()[LatencyHistogram.bucketOf(7)]).isEqualTo(1);
        FireStats other = ledger().stats(second.fireId()).orElseThrow();
        assertThat(other.acks()).isEqualTo(1);
        assertThat(other.maxLatencyMs()).isEqualTo(4_000);
    }

    @Test
    void oneViewersConcurrentAcksOnSeveralNodesCountOnce() throws Exception {
        LiveFire fire = openPoll();

        List<Boolean> counted = concurrently(50, i -> node(i).fires().ack(fire.fireId(), "v1", 40 + i));

        assertThat(counted).filteredOn(c -> c).hasSize(1);
        assertThat(ledger().stats(fire.fireId()).orElseThrow().acks()).isEqualTo(1);
    }

    @Test
    void aViewerCanClaimOneAnswerAndAReleasedClaimCanBeTakenAgain() {
        LiveFire fire = openPoll();

        assertThat(ledger().claimAnswer(fire.fireId(), "v1", HOLD)).isTrue();
        assertThat(otherNode().fires().claimAnswer(fire.fireId(), "v1", HOLD)).isFalse();
        assertThat(ledger().claimAnswer(fire.fireId(), "v2", HOLD)).isTrue();

        ledger().releaseAnswer(fire.fireId(), "v1");

        assertThat(otherNode().fires().claimAnswer(fire.fireId(), "v1", HOLD)).isTrue();
        assertThat(ledger().claimAnswer(id("fire"), "v1", HOLD)).as("an unknown fire").isFalse();
    }

    @Test
    void aClaimNeitherConfirmedNorReleasedLapsesAfterItsHold() {
        LiveFire fire = openPoll();
        Instant claimed = Instant.now();

        assertThat(ledger().claimAnswer(fire.fireId(), "v1", SHORT_HOLD)).isTrue();
        assertThat(otherNode().fires().claimAnswer(fire.fireId(), "v1", HOLD)).isFalse();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> otherNode().fires().claimAnswer(fire.fireId(), "v1", HOLD));
        assertThat(Duration.between(claimed, Instant.now())).isGreaterThanOrEqualTo(SHORT_HOLD);
        assertThat(ledger().claimAnswer(fire.fireId(), "v1", HOLD)).as("held again by the new claim").isFalse();
    }

    /** Waits, without sleeping a guessed time, until the hold of {@code viewer} lapsed (it is claimable again). */
    private void awaitLapsed(LiveFire fire, String viewer) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> otherNode().fires().claimAnswer(fire.fireId(), viewer, SHORT_HOLD));
    }

    @Test
    void aConfirmedAnswerNeverLapsesNorIsReleasedAndCountsOnce() throws Exception {
        LiveFire fire = openPoll();
        assertThat(ledger().claimAnswer(fire.fireId(), "v1", SHORT_HOLD)).isTrue();

        assertThat(ledger().claimAnswer(fire.fireId(), "witness", SHORT_HOLD)).isTrue();

        otherNode().fires().confirmAnswer(fire.fireId(), "v1", 2);
        ledger().confirmAnswer(fire.fireId(), "v1", 0);
        ledger().releaseAnswer(fire.fireId(), "v1");
        awaitLapsed(fire, "witness"); // a hold made after v1's has lapsed: v1's would have too

        assertThat(otherNode().fires().claimAnswer(fire.fireId(), "v1", HOLD)).isFalse();
        FireStats stats = ledger().stats(fire.fireId()).orElseThrow();
        assertThat(stats.answers()).isEqualTo(1);
        assertThat(stats.counts()).containsExactly(0, 0, 1);
    }

    @Test
    void fiftyConcurrentClaimsOfOneViewersAnswerHaveOneWinner() throws Exception {
        LiveFire fire = openPoll();

        List<Boolean> claims = concurrently(50, i -> node(i).fires().claimAnswer(fire.fireId(), "v1", HOLD));

        assertThat(claims).filteredOn(c -> c).hasSize(1);
    }

    @Test
    void fiftyConcurrentClaimsAfterAHoldLapsedHaveOneWinnerToo() throws Exception {
        LiveFire fire = openPoll();
        assertThat(ledger().claimAnswer(fire.fireId(), "v1", SHORT_HOLD)).isTrue();
        assertThat(ledger().claimAnswer(fire.fireId(), "witness", SHORT_HOLD)).isTrue();
        awaitLapsed(fire, "witness"); // claimed after v1: once it lapsed, v1's hold has too

        List<Boolean> claims = concurrently(50, i -> node(i).fires().claimAnswer(fire.fireId(), "v1", HOLD));

        assertThat(claims).filteredOn(c -> c).hasSize(1);
    }

    @Test
    void confirmedAnswersTallyPerOptionAndFreeTextCountsOnlyAsAnAnswer() throws Exception {
        LiveFire fire = openPoll();

        concurrently(30, i -> {
            node(i).fires().confirmAnswer(fire.fireId(), "v" + i, i % 3 == 2 ? -1 : i % 3);
            node(i + 1).fires().confirmAnswer(fire.fireId(), "v" + i, 1);
            return null;
        });

        FireStats stats = ledger().stats(fire.fireId()).orElseThrow();
        assertThat(stats.counts()).containsExactly(10, 10, 0);
        assertThat(stats.answers()).isEqualTo(30);
    }

    @Test
    void aRestoredFireHasItsStateCountsAndAnsweredViewersBack() {
        LiveFire fire = poll(firedAt);
        long[] latency = new long[LatencyHistogram.BUCKETS];
        latency[LatencyHistogram.bucketOf(200)] = 4;
        FireStats before = new FireStats(90, 3, 4, latency, 230, 2, new long[] {1, 0, 1});

        ledger().restore(new FireState(fire, null), before, List.of("v1", "v2"));
        ledger().delivered(fire.fireId(), 10, 0);
        ledger().confirmAnswer(fire.fireId(), "v2", 0);
        ledger().confirmAnswer(fire.fireId(), "v3", 1);

        assertThat(otherNode().fires().get(fire.fireId())).contains(new FireState(fire, null));
        assertThat(ledger().claimAnswer(fire.fireId(), "v1", HOLD)).isFalse();
        assertThat(ledger().claimAnswer(fire.fireId(), "v4", HOLD)).isTrue();
        FireStats after = ledger().stats(fire.fireId()).orElseThrow();
        assertThat(after.delivered()).isEqualTo(100);
        assertThat(after.failed()).isEqualTo(3);
        assertThat(after.acks()).isEqualTo(4);
        assertThat(after.maxLatencyMs()).isEqualTo(230);
        assertThat(after.latency()[LatencyHistogram.bucketOf(200)]).isEqualTo(4);
        assertThat(after.answers()).isEqualTo(3);
        assertThat(after.counts()).containsExactly(1, 1, 1);
        assertThat(ledger().openFires(show)).containsExactly(fire);
    }

    @Test
    void aFireRestoredClosedStaysClosed() {
        LiveFire fire = poll(firedAt);
        FireStats none = new FireStats(0, 0, 0, new long[LatencyHistogram.BUCKETS], 0, 0, new long[3]);

        ledger().restore(new FireState(fire, firedAt.plusSeconds(30)), none, List.of());

        assertThat(ledger().close(fire.fireId(), firedAt.plusSeconds(40))).isFalse();
        assertThat(ledger().openFires(show)).isEmpty();
    }
}
