package io.cuedeck.server.engine.cold;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.Show;
import java.util.List;
import java.util.Optional;

/**
 * Durable state: shows, their rundowns, fires, answers and viewer snapshots. Implementations:
 * {@code sqlite} (embedded, the default; one file in the data directory) and {@code dynamodb}.
 *
 * <p>Every write is atomic: it happens completely or not at all, and a method that returns has
 * made its write durable (it survives the process being killed). All methods are thread-safe.
 * A method that cannot reach its backing service throws
 * {@link io.cuedeck.server.engine.EngineUnavailableException}. Cost does not grow with the
 * audience: callers batch answers and write one snapshot per show per interval.
 *
 * <p>What is read back equals what was written; instants are kept to at least the millisecond
 * (the server only writes millisecond instants).
 */
public interface ColdStore extends AutoCloseable {

    /** {@code sqlite} or {@code dynamodb}: what {@code /health} shows. */
    String name();

    /** True when the backing service answered recently; cheap, never blocks. */
    boolean isUp();

    // --- shows ---

    /** Stores a new show with an empty rundown; throws {@link DuplicateIdException} if the id exists. */
    void createShow(Show show);

    Optional<Show> show(String showId);

    /** All shows, most recently created first. */
    List<Show> shows();

    /** Replaces an existing show's fields (its rundown is untouched); false if there is no such show. */
    boolean updateShow(Show show);

    // --- rundown: the order of a show's cues lives with the show; each write is one atomic step ---

    /**
     * Stores a new cue and appends it to the end of its show's rundown. The show must exist
     * ({@link IllegalArgumentException} otherwise); a cue id that exists in the show throws
     * {@link DuplicateIdException}.
     */
    void addCue(Cue cue);

    /** Replaces an existing cue's content; its place in the rundown is unchanged. False if unknown. */
    boolean updateCue(Cue cue);

    /** Deletes the cue and removes it from the rundown; false if unknown. Its past fires are kept. */
    boolean deleteCue(String showId, String cueId);

    /**
     * Replaces the rundown order. {@code order} must hold each of the show's cue ids exactly once;
     * otherwise nothing changes and false is returned (also when a concurrent add or delete made it
     * stale).
     */
    boolean reorder(String showId, List<String> order);

    /** The show's cues in rundown order. */
    List<Cue> rundown(String showId);

    Optional<Cue> cue(String showId, String cueId);

    // --- fires ---

    /**
     * Stores a fire, or adds to the stored one. A fire is written when fired, then again when it
     * closes, when its results are revealed and when it is finalised, and these later writes may
     * come from different nodes at the same moment, each carrying a whole record. So no write can
     * lose what another one set: {@code closedAt}, {@code revealedAt} and {@code totals} are each
     * set by the first write that carries a value for it and are never changed or cleared by a
     * later write (a null leaves the field as it is); the rest of the record (frozen cue, key,
     * receipt) is what the first write stored. Each write is one atomic step on the fire, without
     * a read first (SQLite: one upsert with {@code COALESCE}; DynamoDB: one {@code UpdateItem} with
     * {@code if_not_exists}), so concurrent writers need no lock.
     */
    void putFire(FireRecord fire);

    Optional<FireRecord> fire(String showId, String fireId);

    /** The show's fires, oldest first. */
    List<FireRecord> fires(String showId);

    // --- answers ---

    /**
     * Stores a batch of answers; when this returns every one of them is durable. At most one
     * answer per (fireId, viewerId) is ever stored, whoever writes it: the first stays, and an
     * answer for a pair already stored (by any node, or earlier in the same batch) is not written.
     * This is what makes "one accepted answer per viewer per fire" hold cluster-wide whatever the
     * hot engine did: the caller accepts an answer only if this call stored it.
     *
     * <p>Returns, index for index, true for each answer this call stored and false for each one
     * refused because its pair already had an answer. If the call throws, any answer of the batch
     * may or may not have been stored (on DynamoDB a batch spans several requests); appending it
     * again then reports it as already stored, never stores it twice. The same holds for a request
     * that was stored although its response was lost and was retried: its answers come back false.
     */
    boolean[] appendAnswers(List<AnswerRecord> answers);

    /** Every stored answer to the fire, in no particular order. */
    List<AnswerRecord> answers(String showId, String fireId);

    /**
     * A page of the fire's answers for reading them all without holding them all (report exports):
     * at most {@code limit} answers whose viewer id sorts after {@code afterViewerId} (null: from the
     * first), ordered by viewer id. Pass the last viewer id of a page to get the next one; an empty
     * page is the end. Each page is one bounded read (SQLite: a range of the primary key; DynamoDB:
     * one {@code Query} request, which may return fewer than {@code limit}). This default reads
     * {@link #answers} whole; the real stores override it.
     */
    default List<AnswerRecord> answersAfter(String showId, String fireId, String afterViewerId, int limit) {
        return answers(showId, fireId).stream()
                .filter(a -> afterViewerId == null || a.viewerId().compareTo(afterViewerId) > 0)
                .sorted(java.util.Comparator.comparing(AnswerRecord::viewerId)).limit(limit).toList();
    }

    // --- viewer snapshots ---

    /** Stores one snapshot; a second snapshot with the same show and start second replaces it. */
    void putSnapshot(ViewerSnapshot snapshot);

    /**
     * Stores several snapshots (of any shows), each as {@link #putSnapshot} would: one whose show
     * and start second are stored already replaces that one, and of two such snapshots in the batch
     * the later one is kept. Each snapshot is atomic (all its seconds or none), and when this
     * returns every one of them is durable. If it throws, each snapshot of the batch is either
     * wholly stored or not at all (SQLite writes the batch in one transaction, so none is; DynamoDB
     * sends it 25 items to a {@code BatchWriteItem} request and retries what comes back
     * unprocessed or throttled until a deadline, then fails): a caller treats the whole batch as
     * not written and may write it again. An empty batch writes nothing. This is how one snapshot
     * run writes every show's snapshot: a request per 25 shows, not one per show.
     */
    void putSnapshots(List<ViewerSnapshot> snapshots);

    /** The show's snapshots ordered by start second. */
    List<ViewerSnapshot> snapshots(String showId);

    // --- the audit trail (issue 13): a part of its own ---

    /** Who did what to each show; see {@link AuditTrail} for its guarantees. */
    AuditTrail audit();

    // --- capacity: boosts, scheduler actions, calendar subscriptions ---

    /** The capacity part (issue 8): boosts, the scheduler's actions and calendar subscriptions. */
    BoostStore boosts();

    @Override
    void close();
}
