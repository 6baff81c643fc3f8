package io.cuedeck.connector;

/** 401: the token is missing or wrong. */
public class UnauthorizedException extends CuedeckException {

    public UnauthorizedException(int status, String code, String message, Throwable cause) {
        super(status, code, message, cause);
    }
}
