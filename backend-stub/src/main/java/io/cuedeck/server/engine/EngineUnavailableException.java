package io.cuedeck.server.engine;

/**
 * An engine's backing service (Redis, DynamoDB, the SQLite file) cannot be reached or refused the
 * operation for a reason outside the caller's control. The operation changed nothing that it
 * reports as changed; the HTTP layer answers 503 {@code unavailable} with this message.
 */
public class EngineUnavailableException extends RuntimeException {

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public EngineUnavailableException(String message) {
        super(message);
    }
}
