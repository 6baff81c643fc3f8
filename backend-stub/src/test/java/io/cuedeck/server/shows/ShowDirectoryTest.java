package io.cuedeck.server.shows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.testing.InstrumentedColdStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowDirectoryTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong();

    private InstrumentedColdStore store(Show show) throws Exception {
        InstrumentedColdStore cold = new InstrumentedColdStore(SqliteColdStore.open(Files.createDirectories(dir.resolve("db"))));
        cold.store().createShow(show);
        return cold;
    }

    private static Show live() {
        Instant at = Instant.parse("2026-12-03T20:00:00Z");
        return new Show("show-" + UUID.randomUUID(), "Evening news", ShowStatus.LIVE, null, null, at, at, null);
    }

    @Test
    void aShowIsReadOnceWhileItsEntryIsFreshAndAgainOnceItExpires() throws Exception {
        Show show = live();
        InstrumentedColdStore cold = store(show);
        ShowDirectory shows = new ShowDirectory(cold.store(), clock::get);

        for (int i = 0; i < 100; i++) {
            assertThat(shows.find(show.id())).contains(show);
        }
        assertThat(cold.calls("show")).isEqualTo(1);
        clock.addAndGet(ShowDirectory.TTL_NANOS + 1);
        assertThat(shows.find(show.id())).contains(show);
        assertThat(cold.calls("show")).isEqualTo(2);
    }

    @Test
    void aColdStoreThatFailsARefreshKeepsTheLastKnownShowInsteadOfTurningViewersAway() throws Exception {
        Show show = live();
        InstrumentedColdStore cold = store(show);
        ShowDirectory shows = new ShowDirectory(cold.store(), clock::get);
        shows.find(show.id());

        clock.addAndGet(ShowDirectory.TTL_NANOS + SECOND);
        cold.failOnce("show", 0);
        assertThat(shows.find(show.id())).as("the refresh failed: the last known show").contains(show);
        assertThat(shows.find(show.id())).as("the next caller reads it again, and it works").contains(show);
        assertThat(cold.calls("show")).isEqualTo(3);
    }

    @Test
    void aShowLastReadLongerAgoThanTheStaleLimitIsNotServedWhenTheColdStoreFails() throws Exception {
        Show show = live();
        InstrumentedColdStore cold = store(show);
        ShowDirectory shows = new ShowDirectory(cold.store(), clock::get);
        shows.find(show.id());

        clock.addAndGet(ShowDirectory.TTL_NANOS + ShowDirectory.STALE_LIMIT_NANOS + SECOND);
        cold.failOnce("show", 0);
        assertThatThrownBy(() -> shows.find(show.id())).isInstanceOf(EngineUnavailableException.class);
    }

    @Test
    void aShowNeverSeenIsReadFromTheColdStoreAndItsFailureIsTheCallersToHandle() throws Exception {
        Show show = live();
        InstrumentedColdStore cold = store(show);
        ShowDirectory shows = new ShowDirectory(cold.store(), clock::get);

        cold.failOnce("show", 0);
        assertThatThrownBy(() -> shows.find(show.id())).isInstanceOf(EngineUnavailableException.class);
        assertThat(shows.find(show.id())).contains(show);
    }

    @Test
    void aChangeAnnouncedByTheBusIsSeenAtOnceEvenWithAFreshEntry() throws Exception {
        Show show = live();
        InstrumentedColdStore cold = store(show);
        ShowDirectory shows = new ShowDirectory(cold.store(), clock::get);
        shows.find(show.id());

        Show ended = new Show(show.id(), show.title(), ShowStatus.ENDED, null, null, show.createdAt(), show.liveAt(),
                Instant.parse("2026-12-03T21:00:00Z"));
        cold.store().updateShow(ended);
        shows.changed(show.id());
        assertThat(shows.find(show.id()).orElseThrow().status()).isEqualTo(ShowStatus.ENDED);
    }
}
