package io.cuedeck.server.engine.cold.sqlite;

import io.cuedeck.protocol.Cue;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.DuplicateIdException;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.List;

/** The rundown's two multi-row steps, each one transaction: append a cue, and reorder all cues. */
final class SqliteRundown {

    private final SqliteDatabase db;

    SqliteRundown(SqliteDatabase db) {
        this.db = db;
    }

    void add(Cue cue) {
        db.transaction(c -> {
            if (SqliteRows.strings(c, "SELECT id FROM shows WHERE id = ?", cue.showId()).isEmpty()) {
                throw new IllegalArgumentException("no show " + cue.showId() + " to add a cue to");
            }
            int inserted = SqliteRows.update(c, """
                    INSERT INTO cues(show_id, id, position, body)
                    SELECT ?, ?, COALESCE(MAX(position), 0) + 1, ? FROM cues WHERE show_id = ?
                    ON CONFLICT(show_id, id) DO NOTHING""",
                    cue.showId(), cue.id(), Json.write(cue), cue.showId());
            if (inserted == 0) {
                throw new DuplicateIdException("a cue with id " + cue.id() + " already exists");
            }
            return null;
        });
    }

    boolean reorder(String showId, List<String> order) {
        return db.transaction(c -> {
            List<String> current = SqliteRows.strings(c, "SELECT id FROM cues WHERE show_id = ?", showId);
            if (order.size() != current.size() || !new HashSet<>(order).equals(new HashSet<>(current))) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE cues SET position = ? WHERE show_id = ? AND id = ?")) {
                for (int i = 0; i < order.size(); i++) {
                    s.setInt(1, i + 1);
                    s.setString(2, showId);
                    s.setString(3, order.get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return true;
        });
    }
}
