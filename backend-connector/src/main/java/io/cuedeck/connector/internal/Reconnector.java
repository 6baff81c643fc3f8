package io.cuedeck.connector.internal;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.connector.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Keeps one console socket of a stream open: connects, fetches a fresh snapshot once it is open,
 * and after a break tries again after {@link Backoff} or gives up (LOST). Every decision runs on the
 * {@link LinkThread}, so its state needs no lock; a socket's read thread reaches it only through
 * {@link #opened} and {@link #broke}, which hand over and return.
 *
 * <p>After a link breaks it asks {@code GET .../live} once: a 401, 403 or 404 means no try can
 * succeed, so the stream is LOST at once with the server's words; otherwise it tries again, and is
 * LOST when {@link RetryPolicy#maxAttempts()} tries in a row failed.
 */
final class Reconnector {

    private final RetryPolicy policy;
    private final Duration handshakeTimeout;
    private final LiveChecks live;
    private final ListenerThread listener;
    private final Supplier<ConsoleSocket> sockets;
    private final LinkThread linkThread;
    private volatile ConsoleSocket socket; // the one trusted now; written on the link thread, and by stop()
    private int failures; // link thread only
    private final Object lifecycle = new Object(); // a socket is made current and started, or the stream stopped, never both
    private boolean stopped; // guarded by lifecycle

    Reconnector(String showId, RetryPolicy policy, Duration handshakeTimeout, ConsoleConnection.Snapshots snapshots,
                ListenerThread listener, Supplier<ConsoleSocket> sockets) {
        this.policy = policy;
        this.handshakeTimeout = handshakeTimeout;
        this.live = new LiveChecks(showId, snapshots);
        this.listener = listener;
        this.sockets = sockets;
        this.linkThread = new LinkThread("cuedeck-console-link-" + showId);
    }

    /** Whether {@code candidate} is the socket trusted now (callbacks of older ones are ignored); any thread. */
    boolean isCurrent(ConsoleSocket candidate) {
        return candidate == socket;
    }

    /** Starts the first try; any thread. */
    void start() {
        linkThread.execute(this::connect);
    }

    /** Skips the wait while RECONNECTING between tries, or starts a fresh series after LOST; any thread. */
    void reconnectNow() {
        linkThread.execute(() -> {
            ConnectionState.Phase phase = listener.state().phase();
            if (phase == ConnectionState.Phase.LOST) {
                failures = 0;
            }
            if (phase == ConnectionState.Phase.LOST || phase == ConnectionState.Phase.RECONNECTING && socket == null) {
                linkThread.cancelTimer();
                listener.publish(ConnectionState.connecting());
                connect();
            }
        });
    }

    /** Stops for good: the link thread (interrupting a snapshot fetch), then the socket; any thread, once. */
    void stop() {
        ConsoleSocket last;
        synchronized (lifecycle) {
            stopped = true;
            last = socket;
            socket = null;
        }
        linkThread.shutdownNow();
        if (last != null && last.isOpen()) {
            last.close();
        } else if (last != null) {
            last.closeConnection(1000, "closed by the console");
        }
    }

    /** A socket's handshake succeeded; called on its read thread. */
    void opened(ConsoleSocket from) {
        linkThread.execute(() -> linkOpened(from));
    }

    /** A socket closed or never opened; called on its read thread. */
    void broke(ConsoleSocket from, String why) {
        linkThread.execute(() -> linkBroke(from, why));
    }

    // --- link thread ---

    private void connect() {
        ConsoleSocket attempt = sockets.get();
        synchronized (lifecycle) {
            if (stopped) {
                return; // stop() ran while this waited its turn: a socket started now would never be closed
            }
            socket = attempt;
            attempt.connect(); // starts the socket's own thread and returns
        }
        linkThread.setTimer(handshakeTimeout, () -> linkBroke(attempt, "The server did not accept the link within "
                + handshakeTimeout.toSeconds() + " s"));
    }

    private void linkOpened(ConsoleSocket from) {
        if (from != socket) {
            from.close();
            return;
        }
        linkThread.cancelTimer();
        failures = 0;
        String refusal = live.fetchFresh(snapshot -> {
            if (from == socket) {
                listener.post(l -> l.onSnapshot(snapshot));
            }
        });
        if (refusal != null) {
            giveUp(refusal);
        }
    }

    private void linkBroke(ConsoleSocket from, String why) {
        if (from != socket) {
            return;
        }
        socket = null;
        linkThread.cancelTimer();
        from.closeConnection(1006, "abandoned");
        failures++;
        if (failures > policy.maxAttempts()) {
            giveUp("Gave up after " + policy.maxAttempts() + " tries: " + why + ".");
            return;
        }
        if (from.everOpened()) {
            // The console should not show LIVE while the probe below waits on a dead link.
            listener.publish(ConnectionState.reconnecting(failures, null, capitalised(why) + "."));
        }
        String refusal = live.refusal();
        if (refusal != null) {
            giveUp(refusal);
            return;
        }
        Duration wait = Backoff.delay(policy, failures);
        listener.publish(ConnectionState.reconnecting(failures, Instant.now().plus(wait), capitalised(why) + "."));
        linkThread.setTimer(wait, this::connect);
    }

    private void giveUp(String reason) {
        ConsoleSocket last = socket;
        socket = null;
        linkThread.cancelTimer();
        if (last != null) {
            last.close();
        }
        listener.publish(ConnectionState.lost(reason));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
