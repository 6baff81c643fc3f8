package io.cuedeck.server.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.sqlite.SqliteColdStore;
import io.cuedeck.server.testing.Api;
import io.cuedeck.server.testing.ChildServer;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An answer the server acknowledged survives the server being killed with SIGKILL right after:
 * a child JVM takes answers from many viewers and is killed while they are still coming; a new
 * one on the same data directory has every acknowledged answer.
 */
class AnswerDurabilityTest {

    private static final Map<String, String> TOKENS = Map.of("CUEDECK_TOKENS", "producer:" + TestServer.PRODUCER);

    private final Path dataDir = TestServer.tempDir();

    @AfterEach
    void deleteData() {
        TempDirs.delete(dataDir);
    }

    private Map<String, String> env() {
        Map<String, String> env = new java.util.HashMap<>(TOKENS);
        env.put("CUEDECK_DATA_DIR", dataDir.toString());
        return env;
    }

    @Test
    void everyAcknowledgedAnswerIsStoredAfterASigkill() throws Exception {
        String show;
        String fire;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (ChildServer first = ChildServer.start(env())) {
            Api api = first.api();
            Fixtures fixtures = new Fixtures(api);
            show = fixtures.liveShow();
            fire = api.fire(show, fixtures.poll(show)).get("fireId").asText();

            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService viewers = Executors.newFixedThreadPool(16);
            for (int t = 0; t < 16; t++) {
                viewers.execute(() -> {
                    while (!killed.get()) {
                        String viewer = UUID.randomUUID().toString();
                        try {
                            Api.Response r = api.post("/v1/shows/" + show + "/fires/" + fire + "/answer", null,
                                    Map.of("viewerId", viewer, "choice", Math.abs(viewer.hashCode()) % 3));
                            if (r.status() == 200) {
                                acknowledged.add(viewer);
                            }
                        } catch (RuntimeException e) {
                            return;
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 300) {
                assertThat(System.nanoTime()).as("300 answers acknowledged within a minute").isLessThan(deadline);
                Thread.sleep(5);
            }
            first.kill();
            killed.set(true);
            viewers.shutdown();
            assertThat(viewers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        try (ChildServer second = ChildServer.start(env())) {
            Api api = second.api();
            long reported = api.get("/api/v1/shows/" + show + "/fires/" + fire + "/report", TestServer.PRODUCER)
                    .json().get("answers").asLong();
            assertThat(reported).isGreaterThanOrEqualTo(acknowledged.size());
            List<String> sample = new ArrayList<>(acknowledged).subList(0, 50);
            for (String viewer : sample) {
                Api.Response again = api.post("/v1/shows/" + show + "/fires/" + fire + "/answer", null,
                        Map.of("viewerId", viewer, "choice", 0));
                assertThat(again.status()).as("viewer %s answered before the kill", viewer).isEqualTo(409);
                assertThat(again.error()).isEqualTo("duplicate");
            }
            second.kill();
        }

        try (ColdStore store = SqliteColdStore.open(dataDir)) {
            Set<String> stored = store.answers(show, fire).stream().map(AnswerRecord::viewerId)
                    .collect(Collectors.toSet());
            assertThat(stored).containsAll(acknowledged);
        }
        System.out.println("durability: " + acknowledged.size() + " answers acknowledged before SIGKILL, all stored");
    }
}
