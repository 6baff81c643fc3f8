package io.cuedeck.connector;

/** No answer: the backend could not be reached, the connection broke, or the request timed out (after the retries that were safe). */
public class BackendUnreachableException extends CuedeckException {

    public BackendUnreachableException(int status, String code, String message, Throwable cause) {
        super(status, code, message, cause);
    }
}
