package io.cuedeck.server.engine.cold.sqlite;

import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.ColdStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;

/** The SQLite store meets the cold store contract; each store gets a data directory of its own. */
class SqliteColdStoreTest extends ColdStoreContract {

    private final Map<ColdStore, Path> dirs = new IdentityHashMap<>();
    private final List<Path> made = new ArrayList<>();

    @AfterEach
    void deleteDataDirectories() throws IOException {
        for (Path dir : made) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Override
    protected ColdStore newStore() {
        try {
            Path dir = Files.createTempDirectory("cuedeck-sqlite");
            made.add(dir);
            ColdStore store = SqliteColdStore.open(dir);
            dirs.put(store, dir);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected ColdStore reopen(ColdStore store) {
        Path dir = dirs.remove(store);
        store.close();
        ColdStore again = SqliteColdStore.open(dir);
        dirs.put(again, dir);
        return again;
    }
}
