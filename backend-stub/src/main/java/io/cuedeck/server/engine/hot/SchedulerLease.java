package io.cuedeck.server.engine.hot;

import java.time.Duration;
import java.util.Optional;

/**
 * The capacity scheduler's lease, shared cluster-wide, so that exactly one node runs the scheduler
 * (issue 8), plus the state that node last published for every node to show.
 *
 * <p>{@link #claim} is atomic: of any number of concurrent claims by different nodes while the lease
 * is free, exactly one gets it; the holder's claim renews it. A lease not renewed lapses
 * {@code ttl} after the last claim, and then another node's claim wins: that is how a dead node is
 * replaced. {@link #release} frees it at once, but only for its holder.
 */
public interface SchedulerLease {

    /** Takes the lease for {@code nodeId}, or renews it if {@code nodeId} holds it; true if it holds it now. */
    boolean claim(String nodeId, Duration ttl);

    /** Frees the lease if {@code nodeId} holds it (a node stopping gracefully). */
    void release(String nodeId);

    /** The node holding the lease, if one does. */
    Optional<String> holder();

    /** Stores the scheduler's latest state (JSON) for every node, kept for {@code ttl}. */
    void publish(String state, Duration ttl);

    /** The latest published state, unless it lapsed. */
    Optional<String> published();
}
