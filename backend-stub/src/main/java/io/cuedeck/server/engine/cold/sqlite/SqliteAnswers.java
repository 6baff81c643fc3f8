package io.cuedeck.server.engine.cold.sqlite;

import io.cuedeck.server.engine.cold.AnswerRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers: a batch is one transaction (one fsync); the first answer per (fire, viewer) stays, and
 * each insert says whether it stored its answer.
 */
final class SqliteAnswers {

    private SqliteAnswers() {
    }

    static boolean[] append(SqliteDatabase db, List<AnswerRecord> answers) {
        if (answers.isEmpty()) {
            return new boolean[0];
        }
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO answers(show_id, fire_id, viewer_id, choice, text, at_ms)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(fire_id, viewer_id) DO NOTHING""")) {
                boolean[] stored = new boolean[answers.size()];
                for (int i = 0; i < stored.length; i++) {
                    AnswerRecord a = answers.get(i);
                    s.setString(1, a.showId());
                    s.setString(2, a.fireId());
                    s.setString(3, a.viewerId());
                    if (a.choice() == null) {
                        s.setNull(4, Types.INTEGER);
                    } else {
                        s.setInt(4, a.choice());
                    }
                    s.setString(5, a.text());
                    s.setLong(6, a.at().toEpochMilli());
                    stored[i] = s.executeUpdate() == 1; // 0: the pair already had an answer
                }
                return stored;
            }
        });
    }

    static List<AnswerRecord> of(SqliteDatabase db, String showId, String fireId) {
        return db.transaction(c -> {
            try (PreparedStatement s = SqliteRows.prepare(c,
                    "SELECT viewer_id, choice, text, at_ms FROM answers WHERE show_id = ? AND fire_id = ?",
                    showId, fireId); ResultSet r = s.executeQuery()) {
                return read(showId, fireId, r);
            }
        });
    }

    /** One page in viewer id order: a range of the (fire_id, viewer_id) primary key. */
    static List<AnswerRecord> after(SqliteDatabase db, String showId, String fireId, String afterViewerId, int limit) {
        return db.transaction(c -> {
            try (PreparedStatement s = SqliteRows.prepare(c, """
                    SELECT viewer_id, choice, text, at_ms FROM answers
                    WHERE fire_id = ? AND viewer_id > ? AND show_id = ? ORDER BY viewer_id LIMIT ?""",
                    fireId, afterViewerId == null ? "" : afterViewerId, showId, limit);
                    ResultSet r = s.executeQuery()) {
                return read(showId, fireId, r);
            }
        });
    }

    private static List<AnswerRecord> read(String showId, String fireId, ResultSet r) throws java.sql.SQLException {
        List<AnswerRecord> out = new ArrayList<>();
        while (r.next()) {
            int choice = r.getInt(2);
            Integer boxed = r.wasNull() ? null : choice;
            out.add(new AnswerRecord(showId, fireId, r.getString(1), boxed, r.getString(3),
                    Instant.ofEpochMilli(r.getLong(4))));
        }
        return out;
    }
}
