package io.cuedeck.connector;

/**
 * The calling thread was interrupted while it waited, so the request was abandoned (the HTTP call is
 * cancelled). The thread's interrupt flag stays set. A cancelled fire may or may not have reached
 * the server: fire again with the same Idempotency-Key to find out, it cannot fire twice.
 */
public class CancelledException extends CuedeckException {

    public CancelledException(String message, Throwable cause) {
        super(0, "cancelled", message, cause);
    }
}
