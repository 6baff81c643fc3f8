package io.cuedeck.server.capacity.provider;

/**
 * A provider call that did not work. The message is a sentence a producer can read ("The Auto
 * Scaling group cuedeck-live was not found."); {@code retryable} says whether trying again may help
 * (throttling, a timeout, a 5xx) or not (bad credentials, an unknown group, a 4xx).
 */
public class ProviderException extends Exception {

    private final boolean retryable;

    public ProviderException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public ProviderException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
