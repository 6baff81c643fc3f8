package io.cuedeck.connector;

import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.console.ConsoleEvent;

/**
 * Receives a console stream. All three methods are called on the stream's own single dispatch
 * thread (a daemon thread named {@code cuedeck-console-<showId>-1}), one call at a time, in the
 * order things happened; never on the caller's thread nor on a socket thread. They must return
 * quickly (hop to the UI thread for UI work); one that throws is logged and the stream goes on.
 * After a (re)connect the order is: {@code onState(LIVE)}, then events and the
 * {@code onSnapshot} as they arrive (events may come before the snapshot).
 */
public interface ConsoleListener {

    /** A typed event from the server; unknown event types are dropped before they reach here. */
    void onEvent(ConsoleEvent event);

    /** The connection changed phase. */
    void onState(ConnectionState state);

    /** A fresh full picture, fetched after every (re)connect so the console is never stale. */
    default void onSnapshot(LiveStatus status) {
    }
}
