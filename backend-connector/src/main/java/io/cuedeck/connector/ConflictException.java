package io.cuedeck.connector;

/** 409: the request clashes with the current state, e.g. the cue's answer window is open, or the show is not live; {@link #code()} says which. */
public class ConflictException extends CuedeckException {

    public ConflictException(int status, String code, String message, Throwable cause) {
        super(status, code, message, cause);
    }
}
