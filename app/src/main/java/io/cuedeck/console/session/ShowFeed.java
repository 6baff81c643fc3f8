package io.cuedeck.console.session;

import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.console.ConsoleEvent;

/**
 * What a workspace hears about the current show, always on the UI thread: the show changed (or
 * none, {@code null}), a fresh snapshot after every (re)connect, and each console event in order.
 */
public interface ShowFeed {

    void onShow(Show show);

    default void onSnapshot(LiveStatus status) {
    }

    default void onEvent(ConsoleEvent event) {
    }
}
