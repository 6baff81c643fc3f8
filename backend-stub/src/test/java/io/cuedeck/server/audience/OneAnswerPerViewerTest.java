package io.cuedeck.server.audience;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.FireLedger.FireStats;
import io.cuedeck.server.engine.hot.memory.MemoryHotEngine;
import io.cuedeck.server.fire.FireCatalog;
import io.cuedeck.server.fire.FireRecords;
import io.cuedeck.server.testing.InstrumentedColdStore;
import io.cuedeck.server.testing.ManualClock;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One accepted answer per viewer per fire, cluster-wide, even when a node stalls or dies between
 * claiming a viewer's answer and storing it: two nodes' answer services on one hot engine and one
 * cold store, node A's answer writes hanging as on a node that stopped mid-write.
 */
class OneAnswerPerViewerTest {

    private static final String VIEWER = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    private final Path dir = TestServer.tempDir();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-05-01T20:00:00Z"));
    private final MemoryHotEngine hot = new MemoryHotEngine(clock);
    private final SqliteColdStore cold = SqliteColdStore.open(dir);
    private final InstrumentedColdStore nodeAStore = new InstrumentedColdStore(cold);
    private final InstrumentedColdStore nodeBStore = new InstrumentedColdStore(cold);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AnswerJournal journalA = new AnswerJournal(nodeAStore.store(), Runnable::run, meters);
    private final AnswerJournal journalB = new AnswerJournal(nodeBStore.store(), Runnable::run, meters);
    private AnswerService nodeA;
    private AnswerService nodeB;
    private FireRecord fire;

    @BeforeEach
    void fire() {
        Instant t0 = clock.instant();
        Cue poll = new Cue("cue-1", "show-1", CueKind.POLL, Map.of("en", "Who wins?"),
                List.of(Map.of("en", "Red"), Map.of("en", "Blue")), null, 600, "en", t0, t0);
        fire = new FireRecord("show-1", "fire-1", poll, "key-1",
                new FireReceipt("fire-1", "cue-1", t0, t0.plusSeconds(600), 2), null, null, null);
        cold.putFire(fire);
        hot.fires().open(FireRecords.liveFire(fire));
        nodeA = new AnswerService(new FireCatalog(cold, hot.fires()), hot.fires(), journalA, clock, meters);
        nodeB = new AnswerService(new FireCatalog(cold, hot.fires()), hot.fires(), journalB, clock, meters);
    }

    @AfterEach
    void close() {
        nodeAStore.releaseAnswers();
        nodeBStore.releaseAnswers();
        journalA.close();
        journalB.close();
        cold.close();
        TempDirs.delete(dir);
    }

    private CompletableFuture<ToViewer> answer(AnswerService node, int choice) {
        return node.answer("show-1", VIEWER, "fire-1", choice, null);
    }

    private static ToViewer now(CompletableFuture<ToViewer> reply) {
        return reply.orTimeout(10, TimeUnit.SECONDS).join();
    }

    private FireStats stats() {
        return hot.fires().stats("fire-1").orElseThrow();
    }

    @Test
    void aClaimLeftByAStalledNodeLapsesAndTheViewersRetryOnAnotherNodeIsAcceptedAlone() {
        nodeAStore.holdAnswers();
        CompletableFuture<ToViewer> stalled = answer(nodeA, 0);

        assertThat(now(answer(nodeB, 1))).isEqualTo(new RefusedMessage("fire-1", RefusedMessage.DUPLICATE));
        clock.advance(AnswerService.CLAIM_HOLD.plusSeconds(1));
        assertThat(now(answer(nodeB, 1))).isEqualTo(new AcceptedMessage("fire-1"));

        nodeAStore.releaseAnswers();
        assertThat(now(stalled)).isEqualTo(new RefusedMessage("fire-1", RefusedMessage.DUPLICATE));
        assertThat(cold.answers("show-1", "fire-1")).extracting(AnswerRecord::choice).containsExactly(1);
        assertThat(stats().answers()).isEqualTo(1);
        assertThat(stats().counts()).containsExactly(0, 1);
        assertThat(now(answer(nodeA, 0))).isEqualTo(new RefusedMessage("fire-1", RefusedMessage.DUPLICATE));
    }

    @Test
    void whenTheStalledNodesWriteLandsFirstItIsTheOneAcceptedAndTheRetryIsRefused() {
        nodeAStore.holdAnswers();
        nodeBStore.holdAnswers();
        CompletableFuture<ToViewer> stalled = answer(nodeA, 0);
        clock.advance(AnswerService.CLAIM_HOLD.plusSeconds(1));
        CompletableFuture<ToViewer> retry = answer(nodeB, 1);

        nodeAStore.releaseAnswers();
        assertThat(now(stalled)).isEqualTo(new AcceptedMessage("fire-1"));
        nodeBStore.releaseAnswers();

        assertThat(now(retry)).isEqualTo(new RefusedMessage("fire-1", RefusedMessage.DUPLICATE));
        assertThat(cold.answers("show-1", "fire-1")).extracting(AnswerRecord::choice).containsExactly(0);
        assertThat(stats().answers()).isEqualTo(1);
        assertThat(stats().counts()).containsExactly(1, 0);
    }

    @Test
    void fiftyConcurrentAnswersOfOneViewerOnTwoNodesHaveOneAccepted() throws Exception {
        List<ToViewer> replies = concurrently(50, i -> now(answer(i % 2 == 0 ? nodeA : nodeB, i % 2)));

        assertThat(replies).filteredOn(r -> r instanceof AcceptedMessage).hasSize(1);
        assertThat(replies).filteredOn(r -> r.equals(new RefusedMessage("fire-1", RefusedMessage.DUPLICATE)))
                .hasSize(49);
        assertThat(cold.answers("show-1", "fire-1")).hasSize(1);
        assertThat(stats().answers()).isEqualTo(1);
    }
}
