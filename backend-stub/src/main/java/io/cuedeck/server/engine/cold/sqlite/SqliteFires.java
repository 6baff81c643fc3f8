package io.cuedeck.server.engine.cold.sqlite;

import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fires: {@code body} holds the record as fired (JSON, written once); {@code closed_at},
 * {@code revealed_at} and {@code totals} are columns of their own that one upsert sets only while
 * they are NULL, so writes of different fields by concurrent callers all stay. A row written by
 * schema 1 kept those fields in its body: there they take precedence (they were written first).
 * {@code sent_at} is set the same way; {@code pending} is set by the first write of a fire that
 * was stored before it was sent. A row with neither (written before schema 3) was sent when fired.
 */
final class SqliteFires {

    private static final String COLUMNS = "body, closed_at, revealed_at, totals, sent_at, pending";

    private SqliteFires() {
    }

    static void put(SqliteDatabase db, FireRecord fire) {
        db.transaction(c -> SqliteRows.update(c, """
                INSERT INTO fires(show_id, id, fired_ms, body, closed_at, revealed_at, totals, sent_at, pending)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(show_id, id) DO UPDATE SET
                  closed_at = COALESCE(fires.closed_at, excluded.closed_at),
                  revealed_at = COALESCE(fires.revealed_at, excluded.revealed_at),
                  totals = COALESCE(fires.totals, excluded.totals),
                  sent_at = COALESCE(fires.sent_at, excluded.sent_at)""",
                fire.showId(), fire.fireId(), fire.firedAt().toEpochMilli(), Json.write(fire.asFired()),
                text(fire.closedAt()), text(fire.revealedAt()), fire.totals() == null ? null : Json.write(fire.totals()),
                text(fire.sentAt()), fire.sent() ? null : 1));
    }

    static Optional<FireRecord> one(SqliteDatabase db, String showId, String fireId) {
        List<FireRecord> rows = db.transaction(c -> read(c,
                "SELECT " + COLUMNS + " FROM fires WHERE show_id = ? AND id = ?", showId, fireId));
        return rows.stream().findFirst();
    }

    static List<FireRecord> all(SqliteDatabase db, String showId) {
        return db.transaction(c -> read(c,
                "SELECT " + COLUMNS + " FROM fires WHERE show_id = ? ORDER BY fired_ms, rowid", showId));
    }

    private static List<FireRecord> read(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = SqliteRows.prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            List<FireRecord> out = new ArrayList<>();
            while (r.next()) {
                String totals = r.getString(4);
                FireRecord body = Json.read(r.getString(1), FireRecord.class);
                Instant sent = instant(r.getString(5));
                boolean pending = r.getObject(6) != null;
                out.add(body.orElse(instant(r.getString(2)), instant(r.getString(3)),
                        totals == null ? null : Json.read(totals, FireTotals.class),
                        sent != null || pending ? sent : body.firedAt()));
            }
            return out;
        }
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
