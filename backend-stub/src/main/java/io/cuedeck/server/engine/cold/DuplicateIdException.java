package io.cuedeck.server.engine.cold;

/** A record with this id already exists; nothing was written. */
public class DuplicateIdException extends RuntimeException {

    public DuplicateIdException(String message) {
        super(message);
    }
}
