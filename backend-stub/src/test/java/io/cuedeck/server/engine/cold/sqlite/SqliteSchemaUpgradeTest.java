package io.cuedeck.server.engine.cold.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import io.cuedeck.server.testing.TempDirs;
import io.cuedeck.server.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A data file written by the first schema (fires as one JSON body) opens, reads back, and merges writes. */
class SqliteSchemaUpgradeTest {

    private final Path dir = TestServer.tempDir();
    private final Instant t0 = Instant.parse("2026-05-01T20:00:00.123Z");

    @AfterEach
    void deleteDir() {
        TempDirs.delete(dir);
    }

    @Test
    void aFireStoredBySchemaOneKeepsItsCloseAndTakesLaterFields() throws Exception {
        Cue cue = new Cue("cue-1", "show-1", CueKind.POLL, Map.of("en", "Who?"), List.of(Map.of("en", "A"),
                Map.of("en", "B")), null, 30, "en", t0, t0);
        FireRecord fire = new FireRecord("show-1", "fire-1", cue, "key-1",
                new FireReceipt("fire-1", "cue-1", t0, t0.plusSeconds(30), 10), t0.plusSeconds(30), null, null);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteColdStore.FILE_NAME));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE fires (show_id TEXT NOT NULL, id TEXT NOT NULL, fired_ms INTEGER NOT NULL, "
                    + "body TEXT NOT NULL, PRIMARY KEY (show_id, id))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO fires VALUES (?, ?, ?, ?)")) {
                insert.setString(1, "show-1");
                insert.setString(2, "fire-1");
                insert.setLong(3, t0.toEpochMilli());
                insert.setString(4, Json.write(fire));
                insert.executeUpdate();
            }
            s.execute("PRAGMA user_version=1");
        }
        FireTotals totals = new FireTotals(10, 0, 9, new long[LatencyHistogram.BUCKETS], 80);

        try (SqliteColdStore store = SqliteColdStore.open(dir)) {
            assertThat(store.fire("show-1", "fire-1")).contains(fire);
            store.putFire(fire.withClosedAt(t0.plusSeconds(99)).withRevealedAt(t0.plusSeconds(40)));
            store.putFire(fire.asFired().withTotals(totals));

            assertThat(store.fires("show-1")).singleElement().usingRecursiveComparison()
                    .isEqualTo(fire.withRevealedAt(t0.plusSeconds(40)).withTotals(totals));
        }
    }

    @Test
    void aFileOfSchemaFiveCountsAFiresAnswersFromAnIndexWithoutReadingTheRows() throws Exception {
        try (SqliteColdStore store = SqliteColdStore.open(dir)) {
            store.appendAnswers(List.of(new io.cuedeck.server.engine.cold.AnswerRecord("show-1", "fire-1", "v1", 0, null, t0)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteColdStore.FILE_NAME));
                Statement s = c.createStatement()) {
            s.execute("DROP INDEX answers_by_fire_and_show");
            s.execute("PRAGMA user_version=5"); // as a file written before the index existed
        }

        try (SqliteColdStore store = SqliteColdStore.open(dir)) {
            assertThat(store.answerCount("show-1", "fire-1")).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteColdStore.FILE_NAME));
                Statement s = c.createStatement();
                java.sql.ResultSet plan = s.executeQuery("EXPLAIN QUERY PLAN "
                        + "SELECT COUNT(*) FROM answers WHERE show_id = 'show-1' AND fire_id = 'fire-1'")) {
            assertThat(plan.next()).isTrue();
            // the count the store runs (SqliteAnswers.count) is answered from the index alone
            assertThat(plan.getString("detail")).contains("COVERING INDEX answers_by_fire_and_show");
        }
    }
}
