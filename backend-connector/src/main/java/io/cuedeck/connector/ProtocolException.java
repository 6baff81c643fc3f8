package io.cuedeck.connector;

/** The backend answered something this client cannot read: not JSON, or not the expected shape. */
public class ProtocolException extends CuedeckException {

    public ProtocolException(int status, String code, String message, Throwable cause) {
        super(status, code, message, cause);
    }
}
