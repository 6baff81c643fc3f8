package io.cuedeck.connector;

/** 404: the show, cue or fire does not exist. */
public class NotFoundException extends CuedeckException {

    public NotFoundException(int status, String code, String message, Throwable cause) {
        super(status, code, message, cause);
    }
}
