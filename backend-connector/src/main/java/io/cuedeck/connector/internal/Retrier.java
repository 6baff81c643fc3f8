package io.cuedeck.connector.internal;

import io.cuedeck.connector.BackendUnreachableException;
import io.cuedeck.connector.CancelledException;
import io.cuedeck.connector.CuedeckException;
import io.cuedeck.connector.RetryPolicy;
import io.cuedeck.connector.ServerErrorException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only place where the client repeats a request. It repeats only requests that are safe to
 * repeat (the caller says so: reads, fires with their Idempotency-Key, close and reveal), and only
 * after failures that a repeat can cure: no answer at all, 502/503/504 or 429. At most
 * {@link RetryPolicy#maxAttempts()} tries, with {@link Backoff} between them.
 */
public final class Retrier {

    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    /** One try of a request. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run();
    }

    private final RetryPolicy policy;

    public Retrier(RetryPolicy policy) {
        this.policy = policy;
    }

    public <T> T run(String what, boolean safeToRepeat, Attempt<T> attempt) {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.run();
            } catch (CuedeckException e) {
                if (!safeToRepeat || tried >= policy.maxAttempts() || !curable(e)) {
                    throw e;
                }
                Duration wait = Backoff.delay(policy, tried);
                LOG.debug("{} failed (try {} of {}), trying again in {} ms: {}", what, tried, policy.maxAttempts(),
                        wait.toMillis(), e.getMessage());
                pause(wait, e);
            }
        }
    }

    static boolean curable(CuedeckException e) {
        if (e instanceof CancelledException) {
            return false;
        }
        if (e instanceof BackendUnreachableException) {
            return true;
        }
        int status = e.status();
        return e instanceof ServerErrorException && (status == 429 || status == 502 || status == 503 || status == 504);
    }

    private static void pause(Duration wait, CuedeckException last) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancelledException cancelled = new CancelledException("Cancelled while waiting to try again after: " + last.getMessage(), e);
            cancelled.addSuppressed(last);
            throw cancelled;
        }
    }
}
