package io.cuedeck.server.engine.cold.sqlite;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.CalendarSubscription;
import io.cuedeck.protocol.capacity.CapacityAction;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.BoostStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Boosts, actions and subscriptions in the embedded file: JSON rows beside the columns queries need
 * (a boost's window, whether it is finished, its version). A replace is one {@code UPDATE ... WHERE
 * version = ?}, so it is atomic without a read.
 */
final class SqliteBoosts implements BoostStore {

    private final SqliteDatabase db;

    SqliteBoosts(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public boolean create(Boost boost) {
        return db.transaction(c -> SqliteRows.update(c, """
                INSERT INTO boosts(id, show_id, up_ms, start_ms, end_ms, finished, version, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING""", row(boost)) == 1);
    }

    @Override
    public boolean replace(Boost boost, long expectedVersion) {
        return db.transaction(c -> SqliteRows.update(c, """
                UPDATE boosts SET show_id = ?, up_ms = ?, start_ms = ?, end_ms = ?, finished = ?, version = ?, body = ?
                WHERE id = ? AND version = ?""", boost.showId(), boost.scaleUpAt().toEpochMilli(),
                boost.start().toEpochMilli(), boost.end().toEpochMilli(), boost.status().finished() ? 1 : 0,
                boost.version(), Json.write(boost), boost.id(), expectedVersion) == 1);
    }

    @Override
    public Optional<Boost> get(String id) {
        return db.transaction(c -> SqliteRows.one(c, "SELECT body FROM boosts WHERE id = ?", Boost.class, id));
    }

    @Override
    public List<Boost> between(Instant from, Instant to, String showId) {
        String sql = "SELECT body FROM boosts WHERE up_ms < ? AND end_ms > ?"
                + (showId == null ? "" : " AND show_id = ?") + " ORDER BY start_ms, id";
        Object[] params = showId == null ? new Object[] {to.toEpochMilli(), from.toEpochMilli()}
                : new Object[] {to.toEpochMilli(), from.toEpochMilli(), showId};
        return db.transaction(c -> SqliteRows.all(c, sql, Boost.class, params));
    }

    @Override
    public List<Boost> unfinished() {
        return db.transaction(c -> SqliteRows.all(c,
                "SELECT body FROM boosts WHERE finished = 0 ORDER BY start_ms, id", Boost.class));
    }

    @Override
    public boolean recordAction(CapacityAction action) {
        return db.transaction(c -> SqliteRows.update(c,
                "INSERT INTO capacity_actions(id, at_ms, body) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING",
                action.id(), action.at().toEpochMilli(), Json.write(action)) == 1);
    }

    @Override
    public void settleAction(CapacityAction action) {
        db.transaction(c -> SqliteRows.update(c, "UPDATE capacity_actions SET body = ? WHERE id = ?",
                Json.write(action), action.id()));
    }

    @Override
    public List<CapacityAction> recentActions(int limit) {
        return db.transaction(c -> SqliteRows.all(c,
                "SELECT body FROM capacity_actions ORDER BY at_ms DESC, id DESC LIMIT ?", CapacityAction.class, limit));
    }

    @Override
    public void putSubscription(CalendarSubscription subscription) {
        db.transaction(c -> SqliteRows.update(c,
                "INSERT OR REPLACE INTO calendar_subscriptions(id, body) VALUES (?, ?)", subscription.id(),
                Json.write(subscription)));
    }

    @Override
    public List<CalendarSubscription> subscriptions() {
        return db.transaction(c -> SqliteRows.all(c, "SELECT body FROM calendar_subscriptions ORDER BY id",
                CalendarSubscription.class));
    }

    @Override
    public boolean deleteSubscription(String id) {
        return db.transaction(c -> SqliteRows.update(c, "DELETE FROM calendar_subscriptions WHERE id = ?", id) == 1);
    }

    private static Object[] row(Boost b) {
        return new Object[] {b.id(), b.showId(), b.scaleUpAt().toEpochMilli(), b.start().toEpochMilli(),
                b.end().toEpochMilli(), b.status().finished() ? 1 : 0, b.version(), Json.write(b)};
    }
}
