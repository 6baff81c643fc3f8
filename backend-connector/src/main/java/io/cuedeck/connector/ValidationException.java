package io.cuedeck.connector;

/** 400, 413 or 422: the request was refused as invalid; {@link #field()} names the field at fault when the server said. */
public class ValidationException extends CuedeckException {

    private final String field;

    public ValidationException(int status, String code, String message, String field, Throwable cause) {
        super(status, code, message, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
