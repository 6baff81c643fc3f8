package io.cuedeck.server.engine.cold;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.CalendarSubscription;
import io.cuedeck.protocol.capacity.CapacityAction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cold store's part for capacity: boosts, the scheduler's actions and calendar
 * subscriptions, reached through {@link ColdStore#boosts()}. Same guarantees as the rest of the
 * store: each write is atomic and durable when it returns, reads see every returned write (strongly
 * consistent), all methods are thread-safe, an unreachable backing service throws
 * {@link io.cuedeck.server.engine.EngineUnavailableException}.
 *
 * <p>Boosts carry a {@code version}: {@link #replace} writes only over the version the writer read,
 * so the scheduler on one node and a producer's edit on another can never overwrite each other; the
 * loser reads again. An action is stored under its own id before the scheduler takes it
 * ({@link #recordAction} refuses a second action with the same id), so a restart finds it.
 */
public interface BoostStore {

    /** Stores a new boost; false (and nothing written) if a boost with its id exists. */
    boolean create(Boost boost);

    /**
     * Replaces the stored boost with {@code boost} if the stored one has {@code expectedVersion};
     * false (nothing written) if it has another version or is gone.
     */
    boolean replace(Boost boost, long expectedVersion);

    Optional<Boost> get(String id);

    /**
     * Boosts of any status whose window, from {@link Boost#scaleUpAt()} to {@code end}, overlaps
     * {@code [from, to)}, of show {@code showId} (null: of any show or none), ordered by start then
     * id. This is what a show report calls to mark boosts on its curve.
     */
    List<Boost> between(Instant from, Instant to, String showId);

    /** Every boost that is neither done nor cancelled, ordered by start then id: the scheduler's work. */
    List<Boost> unfinished();

    /** Stores a pending action unless an action with its id exists (then false, nothing written). */
    boolean recordAction(CapacityAction action);

    /** Writes an action's outcome over the stored action with the same id. */
    void settleAction(CapacityAction action);

    /** The latest actions, newest first, at most {@code limit}. */
    List<CapacityAction> recentActions(int limit);

    /** Stores or replaces a calendar subscription (by id). */
    void putSubscription(CalendarSubscription subscription);

    List<CalendarSubscription> subscriptions();

    /** Forgets a subscription; false if there was none with this id. */
    boolean deleteSubscription(String id);
}
