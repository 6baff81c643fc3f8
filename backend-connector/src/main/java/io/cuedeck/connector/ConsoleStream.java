package io.cuedeck.connector;

/** An open console stream of one show; reconnects by itself until closed. */
public interface ConsoleStream extends AutoCloseable {

    String showId();

    ConnectionState state();

    /**
     * Tries to connect at once: while {@code RECONNECTING} it skips the wait, after {@code LOST} it
     * starts a fresh series of tries (a "Reconnect" button). Does nothing while live, connecting or closed.
     */
    default void reconnectNow() {
    }

    /**
     * Stops the stream; the listener gets a final {@code CLOSED} state, delivered before this
     * returns (unless called from the listener itself). Idempotent.
     */
    @Override
    void close();
}
