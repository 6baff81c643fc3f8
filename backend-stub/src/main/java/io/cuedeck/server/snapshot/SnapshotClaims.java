package io.cuedeck.server.snapshot;

import io.cuedeck.server.engine.hot.IdempotencyKeys;
import io.cuedeck.server.engine.hot.IdempotencyKeys.Claim;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who writes which viewer snapshot in a cluster: a claim on {@code snapshot:<show>:<startSecond>}
 * in the shared idempotency keys. The node that wins it writes the snapshot, then completes the
 * claim with the snapshot's last second (so other nodes know where to go on without reading the
 * store), or releases it when the write failed. A claim that is neither lapses after {@link #HOLD}.
 */
final class SnapshotClaims {

    /** How long a node may take to store a claimed snapshot: far above the cold store's deadline. */
    static final Duration HOLD = Duration.ofMinutes(2);
    private static final Duration DONE_TTL = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotClaims.class);

    /** What a claim found: this node writes it, another stored it up to a second, or another is storing it now. */
    sealed interface Outcome {
        record Won(String key) implements Outcome {
        }

        record StoredUpTo(long lastSecond) implements Outcome {
        }

        record Busy() implements Outcome {
        }
    }

    private final IdempotencyKeys keys;

    SnapshotClaims(IdempotencyKeys keys) {
        this.keys = keys;
    }

    Outcome claim(String showId, long startSecond) {
        String key = "snapshot:" + showId + ":" + startSecond;
        Claim claim = keys.claim(key, HOLD);
        if (claim instanceof Claim.Won) {
            return new Outcome.Won(key);
        }
        Long upTo = claim instanceof Claim.Done done ? lastSecond(done) : null;
        return upTo != null ? new Outcome.StoredUpTo(upTo) : new Outcome.Busy();
    }

    /** The snapshot is stored; a failure here only costs other nodes one read of the store. */
    void stored(String key, long lastSecond) {
        try {
            keys.complete(key, Long.toString(lastSecond), DONE_TTL);
        } catch (RuntimeException e) {
            LOG.warn("snapshot {} is stored but its claim could not be completed: {}", key, e.getMessage());
        }
    }

    /** The snapshot could not be stored: the next run, here or on another node, writes its seconds. */
    void giveBack(String key) {
        try {
            keys.release(key);
        } catch (RuntimeException e) {
            LOG.warn("snapshot claim {} could not be released; it lapses in {}", key, HOLD);
        }
    }

    private static Long lastSecond(Claim.Done done) {
        try {
            return Long.parseLong(done.result());
        } catch (NumberFormatException e) {
            return null; // a claim completed before claims carried their last second
        }
    }
}
