package io.cuedeck.server.engine.cold.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tables of the embedded store. Records are kept as JSON beside the columns that queries need, so
 * adding a field to a wire record needs no migration. {@code user_version} numbers the schema:
 * 2 gave fires their {@code closed_at}, {@code revealed_at} and {@code totals} columns (a file of
 * schema 1 gets them, empty, when opened); 3 gave them {@code sent_at} and {@code pending} (a fire is
 * recorded before it is sent, and a pending one is not a fire yet); 4 added the capacity tables
 * ({@link #createCapacityTables}); 5 added the audit trail ({@link SqliteAudit}); 6 added an index of
 * answers by fire and show, so a fire's stored answers are counted from the index alone (the
 * reconciliation line of every show report counts each fire's: on 1,000,000 answers that count was
 * about 80 % of the report's time, reading every row for its show id; see docs/benchmarks.md).
 */
final class SqliteSchema {

    static final int VERSION = 6;

    private SqliteSchema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                int found = r.next() ? r.getInt(1) : 0;
                if (found > VERSION) {
                    throw new IllegalStateException("the data file was written by a newer Cuedeck (schema "
                            + found + ", this build knows " + VERSION + ")");
                }
                if (found == VERSION) {
                    return; // nothing to write: another connection may be writing right now
                }
            }
            s.execute("""
                    CREATE TABLE IF NOT EXISTS shows (
                      id TEXT PRIMARY KEY,
                      created_ms INTEGER NOT NULL,
                      body TEXT NOT NULL)""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS cues (
                      show_id TEXT NOT NULL REFERENCES shows(id),
                      id TEXT NOT NULL,
                      position INTEGER NOT NULL,
                      body TEXT NOT NULL,
                      PRIMARY KEY (show_id, id))""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS fires (
                      show_id TEXT NOT NULL,
                      id TEXT NOT NULL,
                      fired_ms INTEGER NOT NULL,
                      body TEXT NOT NULL,
                      closed_at TEXT,
                      revealed_at TEXT,
                      totals TEXT,
                      sent_at TEXT,
                      pending INTEGER,
                      PRIMARY KEY (show_id, id))""");
            addFireColumns(c);
            s.execute("""
                    CREATE TABLE IF NOT EXISTS answers (
                      show_id TEXT NOT NULL,
                      fire_id TEXT NOT NULL,
                      viewer_id TEXT NOT NULL,
                      choice INTEGER,
                      text TEXT,
                      at_ms INTEGER NOT NULL,
                      PRIMARY KEY (fire_id, viewer_id))""");
            s.execute("CREATE INDEX IF NOT EXISTS answers_by_fire_and_show ON answers(fire_id, show_id)");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS snapshots (
                      show_id TEXT NOT NULL,
                      start_second INTEGER NOT NULL,
                      viewers TEXT NOT NULL,
                      PRIMARY KEY (show_id, start_second))""");
            createCapacityTables(s);
            SqliteAudit.create(c);
            s.execute("PRAGMA user_version=" + VERSION);
        }
    }

    /** Schema 4: boosts, the capacity scheduler's actions and calendar subscriptions (issue 8). */
    private static void createCapacityTables(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE IF NOT EXISTS boosts (
                  id TEXT PRIMARY KEY,
                  show_id TEXT,
                  up_ms INTEGER NOT NULL,
                  start_ms INTEGER NOT NULL,
                  end_ms INTEGER NOT NULL,
                  finished INTEGER NOT NULL,
                  version INTEGER NOT NULL,
                  body TEXT NOT NULL)""");
        s.execute("CREATE INDEX IF NOT EXISTS boosts_by_end ON boosts(end_ms)");
        s.execute("CREATE INDEX IF NOT EXISTS boosts_unfinished ON boosts(finished, start_ms)");
        s.execute("""
                CREATE TABLE IF NOT EXISTS capacity_actions (
                  id TEXT PRIMARY KEY,
                  at_ms INTEGER NOT NULL,
                  body TEXT NOT NULL)""");
        s.execute("CREATE INDEX IF NOT EXISTS capacity_actions_by_time ON capacity_actions(at_ms)");
        s.execute("""
                CREATE TABLE IF NOT EXISTS calendar_subscriptions (
                  id TEXT PRIMARY KEY,
                  body TEXT NOT NULL)""");
    }

    /** Schemas 1 to 3: the columns a fire's later writes set (a table made by schema 3 has them). */
    private static void addFireColumns(Connection c) throws SQLException {
        Set<String> have = new HashSet<>(SqliteRows.strings(c, "SELECT name FROM pragma_table_info('fires')"));
        try (Statement s = c.createStatement()) {
            for (String column : List.of("closed_at", "revealed_at", "totals", "sent_at")) {
                if (!have.contains(column)) {
                    s.execute("ALTER TABLE fires ADD COLUMN " + column + " TEXT");
                }
            }
            if (!have.contains("pending")) {
                s.execute("ALTER TABLE fires ADD COLUMN pending INTEGER");
            }
        }
    }
}
