package io.cuedeck.server.fire;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.engine.hot.memory.MemoryHotEngine;
import io.cuedeck.server.testing.InstrumentedColdStore;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which fire look-ups reach the cold store (a real SQLite store whose calls are counted). */
class FireCatalogTest {

    private final Path dir = TestServer.tempDir();
    private final SqliteColdStore sqlite = SqliteColdStore.open(dir);
    private final InstrumentedColdStore cold = new InstrumentedColdStore(sqlite);
    private final MemoryHotEngine hot = new MemoryHotEngine();
    private final FireCatalog catalog = new FireCatalog(cold.store(), hot.fires());

    @AfterEach
    void close() {
        sqlite.close();
        TempDirs.delete(dir);
    }

    private FireRecord storedFire(String showId, String fireId) {
        Instant t0 = Instant.now();
        Cue poll = new Cue("cue-1", showId, CueKind.POLL, Map.of("en", "Who?"), List.of(Map.of("en", "A"),
                Map.of("en", "B")), null, 30, "en", t0, t0);
        FireRecord fire = new FireRecord(showId, fireId, poll, "key",
                new FireReceipt(fireId, "cue-1", t0, t0.plusSeconds(30), 1), null, null, null);
        sqlite.putFire(fire);
        return fire;
    }

    @Test
    void aLiveFireThisNodeHasNotSeenIsReadFromTheColdStoreOnceThenKept() {
        FireRecord fire = storedFire("show-1", "fire-1");
        hot.fires().open(FireRecords.liveFire(fire));

        for (int i = 0; i < 10; i++) {
            assertThat(catalog.findLive("show-1", "fire-1")).contains(fire);
        }

        assertThat(cold.calls("fire")).isEqualTo(1);
        assertThat(catalog.findLive("show-2", "fire-1")).as("another show's id").isEmpty();
    }

    @Test
    void aFireTheLedgerDoesNotKnowIsNeverLiveAndCostsNoColdRead() {
        storedFire("show-1", "old-fire");
        FireRecord elsewhere = storedFire("show-2", "fire-2");
        hot.fires().open(FireRecords.liveFire(elsewhere));

        assertThat(catalog.findLive("show-1", "old-fire")).isEmpty();
        assertThat(catalog.findLive("show-1", "made-up")).isEmpty();
        assertThat(catalog.findLive("show-1", "fire-2")).as("live, but in another show").isEmpty();

        assertThat(cold.calls("fire")).isZero();
        assertThat(catalog.find("show-1", "old-fire")).as("the API still finds stored fires").isPresent();
    }
}
