package io.cuedeck.connector;

/**
 * 5xx: the backend failed or one of its engines is unavailable (code {@code unavailable}); also 429
 * (code {@code rate_limited}), which a caller handles the same way: the backend cannot take this
 * now, keep the work and try again shortly.
 */
public class ServerErrorException extends CuedeckException {

    public ServerErrorException(int status, String code, String message, Throwable cause) {
        super(status, code, message, cause);
    }
}
