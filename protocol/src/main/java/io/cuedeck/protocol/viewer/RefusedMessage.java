package io.cuedeck.protocol.viewer;

/**
 * An answer (or other message) was not taken. Reasons: {@code duplicate} (one answer per viewer per
 * fire), {@code closed} (window over), {@code invalid} (bad choice or text, or a malformed message),
 * {@code unknown_fire}, {@code unavailable} (the server cannot store it now; try again),
 * {@code rate_limited} (this viewer sent more answers than allowed; wait a little).
 */
public record RefusedMessage(String fireId, String reason) implements ToViewer {

    public static final String DUPLICATE = "duplicate";
    public static final String CLOSED = "closed";
    public static final String INVALID = "invalid";
    public static final String UNKNOWN_FIRE = "unknown_fire";
    public static final String UNAVAILABLE = "unavailable";
    public static final String RATE_LIMITED = "rate_limited";
}
