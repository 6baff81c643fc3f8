package io.cuedeck.connector;

/** 403: the token's role may not do this (e.g. a manager firing a cue). */
public class ForbiddenException extends CuedeckException {

    public ForbiddenException(int status, String code, String message, Throwable cause) {
        super(status, code, message, cause);
    }
}
