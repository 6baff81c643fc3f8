package io.cuedeck.server.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.Timeline;
import io.cuedeck.server.engine.hot.memory.MemoryHotEngine;
import io.cuedeck.server.shows.ShowDirectory;
import io.cuedeck.server.testing.InstrumentedColdStore;
import io.cuedeck.server.testing.ManualClock;
import io.cuedeck.server.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The snapshot job on real engines (in-memory hot engine, SQLite) with a clock moved by hand. Each
 * "node" is a job of its own on the shared engines, seeing the store through an instrumented view
 * that counts its calls. The viewers gauge of show {@code i} at second {@code s} after the show
 * went live is {@code 1000 i + s}, so a snapshot's values say which seconds it holds.
 */
class SnapshotJobTest {

    private static final Instant LIVE = Instant.parse("2026-11-21T20:00:00Z");

    private final ManualClock clock = new ManualClock(LIVE);
    private final MemoryHotEngine hot = new MemoryHotEngine(clock);
    private final Path dir = tempDir();
    private final ColdStore store = SqliteColdStore.open(dir);
    private final List<Show> shows = new ArrayList<>();
    private long gaugeWritten = -1;

    @AfterEach
    void closeStore() {
        store.close();
        TempDirs.delete(dir);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("cuedeck-snapshots");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Show show(ShowStatus status) {
        Show show = new Show("show-" + UUID.randomUUID(), "Evening news", status, null, null, LIVE, LIVE,
                status == ShowStatus.ENDED ? LIVE : null);
        store.createShow(show);
        shows.add(show);
        return show;
    }

    private record Node(InstrumentedColdStore view, ShowDirectory shows, SnapshotJob job) {
    }

    private Node node() {
        InstrumentedColdStore view = new InstrumentedColdStore(store);
        ShowDirectory shows = new ShowDirectory(view.store());
        return new Node(view, shows, new SnapshotJob(hot, view.store(), shows, clock));
    }

    /** Moves the clock to {@code seconds} after the show went live, the ticker having written each second before. */
    private void at(long seconds) {
        for (long s = gaugeWritten + 1; s < seconds; s++) {
            for (int i = 0; i < shows.size(); i++) {
                hot.timeline().put(shows.get(i).id(), Timeline.VIEWERS, LIVE.getEpochSecond() + s, 1_000L * i + s);
            }
        }
        gaugeWritten = seconds - 1;
        clock.set(LIVE.plusSeconds(seconds));
    }

    /** The show's snapshots hold every second from the start to {@code last} once, each with its value. */
    private void assertCovered(Show show, long last, int snapshots) {
        List<ViewerSnapshot> stored = store.snapshots(show.id());
        assertThat(stored).hasSize(snapshots);
        long expected = 0;
        for (ViewerSnapshot snapshot : stored) {
            assertThat(snapshot.startSecond()).isEqualTo(LIVE.getEpochSecond() + expected);
            for (long value : snapshot.viewers()) {
                assertThat(value).isEqualTo(1_000L * shows.indexOf(show) + expected++);
            }
        }
        assertThat(expected - 1).isEqualTo(last);
    }

    @Test
    void oneRunStoresTheSnapshotsOfEveryShowOnAirWithOneBatchWrite() {
        List<Show> onAir = List.of(show(ShowStatus.LIVE), show(ShowStatus.LIVE), show(ShowStatus.DRAFT));
        Show ended = show(ShowStatus.ENDED);
        Node node = node();
        at(300);

        node.job().run();

        assertThat(node.view().calls("putSnapshots")).isEqualTo(1);
        assertThat(node.view().calls("putSnapshot")).isZero();
        onAir.forEach(show -> assertCovered(show, 298, 1));
        assertThat(store.snapshots(ended.id())).isEmpty();
    }

    @Test
    void laterRunsContinueWhereTheLastSnapshotEndedWithoutReadingSnapshotsBack() {
        List<Show> onAir = List.of(show(ShowStatus.LIVE), show(ShowStatus.LIVE));
        Node node = node();

        for (int run = 1; run <= 4; run++) {
            at(300L * run);
            node.job().run();
        }

        onAir.forEach(show -> assertCovered(show, 1_198, 4));
        assertThat(node.view().calls("putSnapshots")).isEqualTo(4);
        assertThat(node.view().calls("snapshots")).as("reads: one per show, at the first run").isEqualTo(2);
    }

    @Test
    void aFailedBatchGivesItsClaimsBackAndTheNextRunWritesTheSecondsItMissed() {
        List<Show> onAir = List.of(show(ShowStatus.LIVE), show(ShowStatus.LIVE));
        Node node = node();
        at(300);
        node.job().run();

        node.view().down(true);
        at(600);
        node.job().run();
        onAir.forEach(show -> assertCovered(show, 298, 1));

        node.view().down(false);
        at(900);
        node.job().run();
        onAir.forEach(show -> assertCovered(show, 898, 2));
    }

    @Test
    void anEndedShowsLastSnapshotThatFailedIsWrittenByTheNextRunUpToWhereTheShowEnded() {
        Show show = show(ShowStatus.LIVE);
        Node node = node();
        at(300);
        node.job().run();

        at(452);
        Show ended = new Show(show.id(), show.title(), ShowStatus.ENDED, null, null, LIVE, LIVE, clock.instant());
        store.updateShow(ended);
        node.shows().changed(show.id()); // as the bus tells every node
        node.view().down(true);
        node.job().ended(ended);
        assertCovered(show, 298, 1);

        node.view().down(false);
        at(600);
        node.job().run();
        assertCovered(show, 450, 2);

        at(900);
        node.job().run();
        assertCovered(show, 450, 2);
    }

    @Test
    void twoNodesTakingTurnsWriteEverySecondOnceAndReadTheStoreOnlyAtTheirFirstRun() {
        Show show = show(ShowStatus.LIVE);
        Node a = node();
        Node b = node();

        for (int run = 0; run < 6; run++) {
            at(300 + 150L * run);
            (run % 2 == 0 ? a : b).job().run();
        }

        assertCovered(show, 1_048, 6);
        assertThat(a.view().calls("snapshots")).isEqualTo(1);
        assertThat(b.view().calls("snapshots")).isEqualTo(1);
    }

    @Test
    void twoNodesRunningAtTheSameMomentStoreOneSnapshot() {
        Show show = show(ShowStatus.LIVE);
        Node a = node();
        Node b = node();

        for (int run = 1; run <= 3; run++) {
            at(300L * run);
            a.job().run();
            b.job().run();
        }

        assertCovered(show, 898, 3);
        assertThat(b.view().calls("putSnapshots")).isZero();
        assertThat(b.view().calls("snapshots")).isEqualTo(1);
    }

    @Test
    void nodesStartedAtDifferentMomentsRunAtTheSameWallClockMoments() {
        Node node = node();
        Instant firstRun = Instant.parse("2026-11-21T20:05:00.500Z");

        for (String started : List.of("20:00:00.000", "20:00:00.400", "20:03:17.123", "20:04:59.999")) {
            clock.set(Instant.parse("2026-11-21T" + started + "Z"));

            long wait = node.job().millisToNextRun(Duration.ofMinutes(5));

            assertThat(clock.instant().plusMillis(wait)).as("a node started at " + started).isEqualTo(firstRun);
        }
    }

    @Test
    void aSnapshotClaimOfANodeThatStalledMidWriteLapsesAndAnotherNodeWritesTheSnapshot() throws Exception {
        Show show = show(ShowStatus.LIVE);
        Node stalled = node();
        Node other = node();
        stalled.view().holdSnapshots();
        at(300);
        Thread writing = new Thread(stalled.job()::run, "stalled node");
        writing.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> stalled.view().calls("putSnapshots") == 1);

        other.job().run();
        assertThat(store.snapshots(show.id())).as("the claim is still held").isEmpty();

        at(300 + SnapshotClaims.HOLD.toSeconds() + 1);
        other.job().run();
        assertCovered(show, 419, 1);

        stalled.view().down(true); // its write, when it resumes, fails
        stalled.view().releaseSnapshots();
        writing.join(10_000);
        assertCovered(show, 419, 1);
    }
}
