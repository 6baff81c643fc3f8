package io.cuedeck.server.engine.hot;

import java.time.Duration;
import java.util.Optional;

/**
 * Take-control leases: for each show at most one {@link Lease}, shared by every node, that says
 * which console holds TAKE (the state is the caller's text; the engine does not read it).
 *
 * <p>Guarantees: {@link #replace} is a compare-and-set on the lease's version: of concurrent
 * replaces that expect the same version (on any node) exactly one succeeds. A lease lives for the
 * ttl of its last {@link #replace} or {@link #renew} and is then gone by itself, as if removed: a
 * console that crashed holds nothing for longer than one ttl. Versions are the caller's (a fresh
 * random one per write), so a lease that lapsed and was made again never matches an old version.
 */
public interface ControlLocks {

    /** The show's lease: its version and the state the caller wrote. */
    record Lease(String version, String state) {
    }

    Optional<Lease> get(String showId);

    /**
     * Atomically replaces the show's lease with {@code next} (null removes it), living {@code ttl},
     * if the lease's version is still {@code expectedVersion} (null: if there is no lease). False,
     * and nothing changed, when another write came first or the expected lease lapsed.
     */
    boolean replace(String showId, String expectedVersion, Lease next, Duration ttl);

    /** Makes the lease live {@code ttl} from now if its version is still {@code version}; false otherwise. */
    boolean renew(String showId, String version, Duration ttl);
}
