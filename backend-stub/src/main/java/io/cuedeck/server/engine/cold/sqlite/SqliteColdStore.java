package io.cuedeck.server.engine.cold.sqlite;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.Show;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.DuplicateIdException;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.ViewerSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;

/**
 * The embedded cold store: one SQLite file, {@code cuedeck.db} in the data directory. Shows, cues
 * and fires are JSON rows (a fire's close, reveal and totals in columns of their own, see
 * {@link SqliteFires}); the rundown order is each cue's {@code position}; answers
 * ({@link SqliteAnswers}) and viewer snapshots ({@link SqliteSnapshots}) have their own tables. See {@link SqliteDatabase} for durability.
 */
public final class SqliteColdStore implements ColdStore {

    public static final String FILE_NAME = "cuedeck.db";

    private final SqliteDatabase db;
    private final SqliteRundown rundown;
    private final SqliteAudit audit;
    private final SqliteBoosts boosts;

    private SqliteColdStore(SqliteDatabase db) {
        this.db = db;
        this.rundown = new SqliteRundown(db);
        this.audit = new SqliteAudit(db);
        this.boosts = new SqliteBoosts(db);
    }

    /** Opens (creating when needed) the store in {@code dataDir}. */
    public static SqliteColdStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new EngineUnavailableException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        SqliteDatabase db = new SqliteDatabase(dataDir.resolve(FILE_NAME));
        try {
            db.transaction(c -> {
                SqliteSchema.create(c);
                return null;
            });
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new SqliteColdStore(db);
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean isUp() {
        return db.isUp();
    }

    @Override
    public void createShow(Show show) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO shows(id, created_ms, body) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING")) {
                s.setString(1, show.id());
                s.setLong(2, show.createdAt().toEpochMilli());
                s.setString(3, Json.write(show));
                if (s.executeUpdate() == 0) {
                    throw new DuplicateIdException("a show with id " + show.id() + " already exists");
                }
            }
            return null;
        });
    }

    @Override
    public Optional<Show> show(String showId) {
        return db.transaction(c -> SqliteRows.one(c, "SELECT body FROM shows WHERE id = ?", Show.class, showId));
    }

    @Override
    public List<Show> shows() {
        return db.transaction(c -> SqliteRows.all(c,
                "SELECT body FROM shows ORDER BY created_ms DESC, rowid DESC", Show.class));
    }

    @Override
    public boolean updateShow(Show show) {
        return db.transaction(c -> SqliteRows.update(c, "UPDATE shows SET body = ? WHERE id = ?",
                Json.write(show), show.id()) == 1);
    }

    @Override
    public void addCue(Cue cue) {
        rundown.add(cue);
    }

    @Override
    public boolean updateCue(Cue cue) {
        return db.transaction(c -> SqliteRows.update(c, "UPDATE cues SET body = ? WHERE show_id = ? AND id = ?",
                Json.write(cue), cue.showId(), cue.id()) == 1);
    }

    @Override
    public boolean deleteCue(String showId, String cueId) {
        return db.transaction(c -> SqliteRows.update(c, "DELETE FROM cues WHERE show_id = ? AND id = ?",
                showId, cueId) == 1);
    }

    @Override
    public boolean reorder(String showId, List<String> order) {
        return rundown.reorder(showId, order);
    }

    @Override
    public List<Cue> rundown(String showId) {
        return db.transaction(c -> SqliteRows.all(c,
                "SELECT body FROM cues WHERE show_id = ? ORDER BY position", Cue.class, showId));
    }

    @Override
    public Optional<Cue> cue(String showId, String cueId) {
        return db.transaction(c -> SqliteRows.one(c,
                "SELECT body FROM cues WHERE show_id = ? AND id = ?", Cue.class, showId, cueId));
    }

    @Override
    public void putFire(FireRecord fire) {
        SqliteFires.put(db, fire);
    }

    @Override
    public Optional<FireRecord> fire(String showId, String fireId) {
        return SqliteFires.one(db, showId, fireId);
    }

    @Override
    public List<FireRecord> fires(String showId) {
        return SqliteFires.all(db, showId);
    }

    @Override
    public boolean[] appendAnswers(List<AnswerRecord> answers) {
        return SqliteAnswers.append(db, answers);
    }

    @Override
    public List<AnswerRecord> answers(String showId, String fireId) {
        return SqliteAnswers.of(db, showId, fireId);
    }

    @Override
    public List<AnswerRecord> answersAfter(String showId, String fireId, String afterViewerId, int limit) {
        return SqliteAnswers.after(db, showId, fireId, afterViewerId, limit);
    }

    @Override
    public void putSnapshot(ViewerSnapshot snapshot) {
        SqliteSnapshots.put(db, List.of(snapshot));
    }

    @Override
    public void putSnapshots(List<ViewerSnapshot> snapshots) {
        SqliteSnapshots.put(db, snapshots);
    }

    @Override
    public List<ViewerSnapshot> snapshots(String showId) {
        return SqliteSnapshots.of(db, showId);
    }

    @Override
    public io.cuedeck.server.engine.cold.AuditTrail audit() {
        return audit;
    }

    @Override
    public io.cuedeck.server.engine.cold.BoostStore boosts() {
        return boosts;
    }

    @Override
    public void close() {
        db.close();
    }
}
