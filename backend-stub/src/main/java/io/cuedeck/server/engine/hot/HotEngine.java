package io.cuedeck.server.engine.hot;

/**
 * Hot state of live shows: fast, shared by every backend node that uses the same engine, and
 * allowed to be lost. After a loss, open fires and counts come back from the cold store and
 * presence rebuilds from the next heartbeats within one TTL.
 *
 * <p>Implementations: {@code memory} (a single node; the default, a real engine, not a test
 * double) and {@code redis} (several nodes). Every method of every part is thread-safe. A method
 * that cannot reach its backing service throws
 * {@link io.cuedeck.server.engine.EngineUnavailableException} and changes nothing it reports as
 * changed. No method blocks longer than the engine's command timeout.
 */
public interface HotEngine extends AutoCloseable {

    /** {@code memory} or {@code redis}: what {@code /health} shows. */
    String name();

    /** True when the backing service answered recently; cheap, never blocks. */
    boolean isUp();

    Presence presence();

    Timeline timeline();

    IdempotencyKeys idempotency();

    FireLedger fires();

    SocketCounts sockets();

    /** Unique-viewer counting of each fire's funnel and report figures, and each show's audience (issue 9). */
    FireReach reach();

    Bus bus();

    /** Take-control leases (issue 13): which console holds TAKE for a show. */
    ControlLocks control();

    /** The capacity scheduler's lease (one scheduler per cluster) and its published state (issue 8). */
    SchedulerLease capacity();

    @Override
    void close();
}
