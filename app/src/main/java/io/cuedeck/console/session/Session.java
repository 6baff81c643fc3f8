package io.cuedeck.console.session;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.connector.ConsoleListener;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.EngineStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The console's link to one backend and one show: the backend, the show, the state of the show's
 * console stream and the backend's engines, with the stream's events fanned out to the workspaces
 * ({@link ShowFeed}) on the UI thread. The stream itself is a {@link CurrentStream}, which drops
 * what a replaced stream still says. Everything here is called and changes on the UI thread.
 */
public final class Session {

    private final Jobs jobs;
    private final List<ShowFeed> feeds = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Backend> backend = new ReadOnlyObjectWrapper<>(this, "backend");
    private final ReadOnlyObjectWrapper<Show> show = new ReadOnlyObjectWrapper<>(this, "show");
    private final ReadOnlyObjectWrapper<ConnectionState> connection = new ReadOnlyObjectWrapper<>(this, "connection");
    private final ReadOnlyObjectWrapper<EngineStatus> engines = new ReadOnlyObjectWrapper<>(this, "engines");
    private final CurrentStream stream;

    public Session(Jobs jobs, Executor ui) {
        this.jobs = jobs;
        this.stream = new CurrentStream(jobs, ui, new Fanout());
    }

    public void addFeed(ShowFeed feed) {
        feeds.add(feed);
    }

    /** Switches to another backend: the old stream and backend are closed in the background. */
    public void attach(Backend next) {
        Backend previous = backend.get();
        setShow(null);
        backend.set(next);
        if (previous != null && previous != next) {
            jobs.quietly(() -> {
                previous.close();
                return null;
            }, ignored -> { }, ignored -> { });
        }
    }

    /** Makes {@code next} the current show (or none) and opens its console stream. */
    public void setShow(Show next) {
        stream.close();
        show.set(next);
        engines.set(null);
        connection.set(next == null ? null : ConnectionState.connecting());
        feeds.forEach(f -> f.onShow(next));
        Backend current = backend.get();
        if (next != null && current != null) {
            stream.open(current, next.id(), failed -> connection.set(lost(failed)));
        }
    }

    /** Replaces the current show's record (status change, title) without reopening the stream. */
    public void updateShow(Show updated) {
        Show current = show.get();
        if (current != null && current.id().equals(updated.id())) {
            show.set(updated);
            feeds.forEach(f -> f.onShow(updated));
        }
    }

    public Backend backend() {
        return backend.get();
    }

    /** The backend and show in use now, for a command to carry into its background job. */
    public Target target() {
        return new Target(backend.get(), show.get());
    }

    /**
     * True while {@code target} is still what is in use (the same backend, the same show): a job's
     * result for anything else belongs to a screen the producer has left, and is dropped.
     */
    public boolean isCurrent(Target target) {
        Show now = show.get();
        return target.backend() == backend.get() && now != null && now.id().equals(target.showId());
    }

    public Show show() {
        return show.get();
    }

    public ReadOnlyObjectProperty<Backend> backendProperty() {
        return backend.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Show> showProperty() {
        return show.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EngineStatus> enginesProperty() {
        return engines.getReadOnlyProperty();
    }

    /** True when the show's stream is live, so a TAKE can reach the backend now. */
    public boolean isLive() {
        ConnectionState state = connection.get();
        return state != null && state.isLive();
    }

    /** The status bar's Reconnect: skips the wait, or starts trying again after the link was lost. */
    public void reconnectNow() {
        stream.reconnectNow();
    }

    public void shutdown() {
        stream.close();
    }

    private static ConnectionState lost(Throwable failed) {
        return new ConnectionState(ConnectionState.Phase.LOST, 0, null, failed.getMessage());
    }

    /** What the current stream says, on the UI thread: kept here and handed to every workspace. */
    private final class Fanout implements ConsoleListener {

        @Override
        public void onEvent(ConsoleEvent event) {
            if (event instanceof EngineStatus status) {
                engines.set(status);
            }
            feeds.forEach(f -> f.onEvent(event));
        }

        @Override
        public void onState(ConnectionState state) {
            connection.set(state);
        }

        @Override
        public void onSnapshot(LiveStatus status) {
            feeds.forEach(f -> f.onSnapshot(status));
        }
    }
}
