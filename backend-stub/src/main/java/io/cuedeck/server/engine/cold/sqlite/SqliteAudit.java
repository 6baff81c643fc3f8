package io.cuedeck.server.engine.cold.sqlite;

import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.AuditPage;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.AuditTrail;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The audit trail in table {@code audit}: one row per entry, keyed by show and id (an id the show
 * has is not stored again), read newest first through an index on (show, time, id). Each append
 * is its own transaction: one fsync, which a producer's action (not a viewer's) can afford.
 */
final class SqliteAudit implements AuditTrail {

    private final SqliteDatabase db;

    SqliteAudit(SqliteDatabase db) {
        this.db = db;
    }

    /** Schema 3: the audit table and its index. */
    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS audit (
                      show_id TEXT NOT NULL,
                      id TEXT NOT NULL,
                      at_ms INTEGER NOT NULL,
                      body TEXT NOT NULL,
                      PRIMARY KEY (show_id, id))""");
            s.execute("CREATE INDEX IF NOT EXISTS audit_by_time ON audit(show_id, at_ms, id)");
        }
    }

    @Override
    public boolean append(AuditEntry entry) {
        return db.transaction(c -> SqliteRows.update(c,
                "INSERT INTO audit(show_id, id, at_ms, body) VALUES (?, ?, ?, ?) ON CONFLICT(show_id, id) DO NOTHING",
                entry.showId(), entry.id(), entry.at().toEpochMilli(), Json.write(entry)) == 1);
    }

    @Override
    public AuditPage newest(String showId, String before, int limit) {
        int n = Math.max(1, Math.min(MAX_PAGE, limit));
        List<AuditEntry> rows;
        if (before == null) {
            rows = db.transaction(c -> SqliteRows.all(c,
                    "SELECT body FROM audit WHERE show_id = ? ORDER BY at_ms DESC, id DESC LIMIT ?",
                    AuditEntry.class, showId, n + 1));
        } else {
            Cursor cursor = Cursor.parse(before);
            rows = db.transaction(c -> SqliteRows.all(c, """
                    SELECT body FROM audit WHERE show_id = ? AND (at_ms < ? OR (at_ms = ? AND id < ?))
                    ORDER BY at_ms DESC, id DESC LIMIT ?""",
                    AuditEntry.class, showId, cursor.atMillis(), cursor.atMillis(), cursor.id(), n + 1));
        }
        if (rows.size() <= n) {
            return new AuditPage(rows, null);
        }
        List<AuditEntry> page = rows.subList(0, n);
        return new AuditPage(List.copyOf(page), AuditTrail.cursorAfter(page.get(n - 1)));
    }

    @Override
    public List<AuditEntry> all(String showId) {
        return db.transaction(c -> SqliteRows.all(c,
                "SELECT body FROM audit WHERE show_id = ? ORDER BY at_ms, id", AuditEntry.class, showId));
    }
}
