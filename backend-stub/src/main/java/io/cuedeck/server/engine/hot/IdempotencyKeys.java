package io.cuedeck.server.engine.hot;

import java.time.Duration;

/**
 * Claims on idempotency keys, shared cluster-wide, so that a retried request (on any node, even
 * concurrently) does its work once and every retry gets the first request's answer.
 */
public interface IdempotencyKeys {

    /** What a claim found. */
    sealed interface Claim {
        /** This caller is the first: do the work, then {@link #complete} or {@link #release}. */
        record Won() implements Claim {
        }

        /** Another caller claimed first and is still working. */
        record Pending() implements Claim {
        }

        /** Another caller finished; {@code result} is what it stored. */
        record Done(String result) implements Claim {
        }
    }

    /**
     * Atomically claims {@code key} for {@code ttl}. Across all callers and nodes exactly one
     * concurrent claim of a free key is {@link Claim.Won}. A won claim that is neither completed
     * nor released lapses after {@code ttl}, and the key is free again.
     */
    Claim claim(String key, Duration ttl);

    /** Stores the winner's result; later claims of the key answer {@link Claim.Done} until {@code ttl} ends. */
    void complete(String key, String result, Duration ttl);

    /**
     * Frees a won claim whose work failed before it had any effect, so a retry may run. A key
     * already completed stays completed: release never erases a stored result.
     */
    void release(String key);
}
