package io.cuedeck.connector;

/**
 * Anything that went wrong talking to the backend. {@link #getMessage()} is a sentence a producer
 * can read (the server's {@code message} when the server sent one); {@link #code()} is the
 * server's machine code ({@code validation}, {@code not_live}, ...) or null; {@link #status()} the
 * HTTP status, or 0 when no response arrived. One subclass per case a caller handles differently.
 */
public abstract class CuedeckException extends RuntimeException {

    private final int status;
    private final String code;

    protected CuedeckException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
