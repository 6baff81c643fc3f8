package io.cuedeck.server.engine.cold.sqlite;

import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Viewer snapshots: one row per show and start second, the per-second counts as a JSON array. A
 * batch is one transaction (one fsync), each row an {@code INSERT OR REPLACE}, so a snapshot with
 * a stored start replaces it and the later of two in one batch stays.
 */
final class SqliteSnapshots {

    private SqliteSnapshots() {
    }

    static void put(SqliteDatabase db, List<ViewerSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR REPLACE INTO snapshots(show_id, start_second, viewers) VALUES (?, ?, ?)")) {
                for (ViewerSnapshot snapshot : snapshots) {
                    s.setString(1, snapshot.showId());
                    s.setLong(2, snapshot.startSecond());
                    s.setString(3, Json.write(snapshot.viewers()));
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    static List<ViewerSnapshot> of(SqliteDatabase db, String showId) {
        return db.transaction(c -> {
            try (PreparedStatement s = SqliteRows.prepare(c,
                    "SELECT start_second, viewers FROM snapshots WHERE show_id = ? ORDER BY start_second", showId);
                    ResultSet r = s.executeQuery()) {
                List<ViewerSnapshot> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new ViewerSnapshot(showId, r.getLong(1), Json.read(r.getString(2), long[].class)));
                }
                return out;
            }
        });
    }
}
