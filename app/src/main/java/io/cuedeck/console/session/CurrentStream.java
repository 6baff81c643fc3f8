package io.cuedeck.console.session;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.connector.ConsoleListener;
import io.cuedeck.connector.ConsoleStream;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.console.ConsoleEvent;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The console stream of the show in use, one at a time: opening it and closing the one it replaces
 * both happen in the background, and whatever a replaced stream still says is dropped, so switching
 * shows or backends never mixes two shows. The listener hears the current stream only, on the UI
 * executor. Call everything here on the UI thread.
 */
final class CurrentStream {

    private final Jobs jobs;
    private final Executor ui;
    private final ConsoleListener listener;
    private ConsoleStream stream;
    private int generation;

    CurrentStream(Jobs jobs, Executor ui, ConsoleListener listener) {
        this.jobs = jobs;
        this.ui = ui;
        this.listener = listener;
    }

    /**
     * Opens the stream of {@code showId}; {@code failed} hears (on the UI thread) why it could not be
     * opened, unless another stream replaced it meanwhile (its failure says nothing of the show now).
     */
    void open(Backend backend, String showId, Consumer<Throwable> failed) {
        int mine = ++generation;
        jobs.quietly(() -> backend.openConsoleStream(showId, new Relay(mine)), opened -> adopt(mine, opened), error -> {
            if (mine == generation) {
                failed.accept(error);
            }
        });
    }

    /** Closes the current stream in the background; from now on it is not heard. */
    void close() {
        generation++;
        ConsoleStream old = stream;
        stream = null;
        if (old != null) {
            closeInBackground(old);
        }
    }

    /** Skips the wait before the next try, or starts trying again after the link was lost. */
    void reconnectNow() {
        ConsoleStream current = stream;
        if (current != null) {
            jobs.quietly(() -> {
                current.reconnectNow();
                return null;
            }, ignored -> { }, ignored -> { });
        }
    }

    private void adopt(int mine, ConsoleStream opened) {
        if (mine != generation) {
            closeInBackground(opened); // a close may wait for the socket: never on the UI thread
            return;
        }
        stream = opened;
    }

    private void closeInBackground(ConsoleStream old) {
        jobs.quietly(() -> {
            old.close();
            return null;
        }, ignored -> { }, ignored -> { });
    }

    /** Called on the stream's dispatch thread; hops to the UI and drops what a replaced stream says. */
    private final class Relay implements ConsoleListener {

        private final int mine;

        Relay(int mine) {
            this.mine = mine;
        }

        @Override
        public void onEvent(ConsoleEvent event) {
            ui.execute(() -> {
                if (mine == generation) {
                    listener.onEvent(event);
                }
            });
        }

        @Override
        public void onState(ConnectionState state) {
            ui.execute(() -> {
                if (mine == generation) {
                    listener.onState(state);
                }
            });
        }

        @Override
        public void onSnapshot(LiveStatus status) {
            ui.execute(() -> {
                if (mine == generation) {
                    listener.onSnapshot(status);
                }
            });
        }
    }
}
