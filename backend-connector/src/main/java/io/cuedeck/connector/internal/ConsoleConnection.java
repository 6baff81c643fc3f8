package io.cuedeck.connector.internal;

import io.cuedeck.connector.ConnectionState;
import io.cuedeck.connector.ConsoleListener;
import io.cuedeck.connector.ConsoleStream;
import io.cuedeck.connector.CuedeckException;
import io.cuedeck.connector.ForbiddenException;
import io.cuedeck.connector.NotFoundException;
import io.cuedeck.connector.RetryPolicy;
import io.cuedeck.connector.UnauthorizedException;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.console.ConsoleEvent;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console stream of one show, reconnecting by itself. Two threads of its own: the link thread
 * owns every decision (connect, give up, fetch snapshots: everything that may block), and the
 * {@link ListenerThread} calls the listener. Socket callbacks only hand work to these two.
 *
 * <p>After a link breaks it asks {@code GET .../live} once: a 401, 403 or 404 means no try can
 * succeed, so the stream is LOST at once with the server's words; otherwise it tries again after
 * {@link Backoff}, and is LOST when {@link RetryPolicy#maxAttempts()} tries in a row failed.
 */
public final class ConsoleConnection implements ConsoleStream, ConsoleSocket.Link {

    /** Fetches the show's live state; {@code withRetries} false for a single quick probe. */
    @FunctionalInterface
    public interface Snapshots {
        LiveStatus fetch(boolean withRetries);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleConnection.class);

    private final String showId;
    private final URI uri;
    private final Map<String, String> headers;
    private final RetryPolicy policy;
    private final Duration connectTimeout;
    private final Duration handshakeTimeout;
    private final Snapshots snapshots;
    private final ListenerThread listener;
    private final ScheduledExecutorService linkThread;
    private volatile ConsoleSocket socket; // written on the link thread only
    private int failures; // link thread only
    private ScheduledFuture<?> timer; // link thread only: the next try or the handshake deadline

    public ConsoleConnection(String showId, URI uri, String token, ConsoleListener listener, RetryPolicy policy,
                             Duration connectTimeout, Duration requestTimeout, Snapshots snapshots) {
        this.showId = showId;
        this.uri = uri;
        this.headers = Map.of("Authorization", "Bearer " + token);
        this.policy = policy;
        this.connectTimeout = connectTimeout;
        this.handshakeTimeout = connectTimeout.plus(requestTimeout);
        this.snapshots = snapshots;
        this.listener = new ListenerThread(listener, "cuedeck-console-" + showId);
        this.linkThread = Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon("cuedeck-console-link-" + showId));
    }

    /** Starts connecting; the listener hears {@code CONNECTING} first. */
    public ConsoleConnection start() {
        listener.publish(ConnectionState.connecting());
        onLinkThread(this::connect);
        return this;
    }

    @Override
    public String showId() {
        return showId;
    }

    @Override
    public ConnectionState state() {
        return listener.state();
    }

    @Override
    public void reconnectNow() {
        onLinkThread(() -> {
            ConnectionState.Phase phase = listener.state().phase();
            if (phase == ConnectionState.Phase.LOST) {
                failures = 0;
            }
            if (phase == ConnectionState.Phase.LOST || phase == ConnectionState.Phase.RECONNECTING && socket == null) {
                cancelTimer();
                listener.publish(ConnectionState.connecting());
                connect();
            }
        });
    }

    @Override
    public void close() {
        if (!listener.finish(ConnectionState.closed())) {
            return;
        }
        linkThread.shutdownNow(); // interrupts a snapshot fetch in flight
        ConsoleSocket last = socket;
        socket = null;
        if (last != null && last.isOpen()) {
            last.close();
        } else if (last != null) {
            last.closeConnection(1000, "closed by the console");
        }
    }

    // --- socket callbacks (socket read thread): hand over, never block ---

    @Override
    public void opened(ConsoleSocket from) {
        if (from == socket) {
            // Posted here, before this socket's first frame is read, so LIVE precedes its events.
            listener.publish(ConnectionState.live());
        }
        onLinkThread(() -> linkOpened(from));
    }

    @Override
    public void frame(ConsoleSocket from, String text) {
        ConsoleEvent event = ConsoleEvents.decode(text);
        if (event != null && from == socket) {
            listener.post(l -> l.onEvent(event));
        }
    }

    @Override
    public void broke(ConsoleSocket from, String why) {
        onLinkThread(() -> linkBroke(from, why));
    }

    // --- link thread ---

    private void connect() {
        ConsoleSocket attempt = new ConsoleSocket(uri, headers, (int) connectTimeout.toMillis(), this);
        socket = attempt;
        attempt.connect();
        timer = linkThread.schedule(() -> linkBroke(attempt, "The server did not accept the link within "
                + handshakeTimeout.toSeconds() + " s"), handshakeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void linkOpened(ConsoleSocket from) {
        if (from != socket) {
            from.close();
            return;
        }
        cancelTimer();
        failures = 0;
        try {
            LiveStatus snapshot = snapshots.fetch(true);
            if (from == socket) {
                listener.post(l -> l.onSnapshot(snapshot));
            }
        } catch (UnauthorizedException | ForbiddenException | NotFoundException e) {
            giveUp(e.getMessage());
        } catch (CuedeckException e) {
            LOG.warn("console stream of show {}: no fresh live state after connecting: {}", showId, e.getMessage());
        }
    }

    private void linkBroke(ConsoleSocket from, String why) {
        if (from != socket) {
            return;
        }
        socket = null;
        cancelTimer();
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
        String refusal = probe();
        if (refusal != null) {
            giveUp(refusal);
            return;
        }
        Duration wait = Backoff.delay(policy, failures);
        listener.publish(ConnectionState.reconnecting(failures, Instant.now().plus(wait), capitalised(why) + "."));
        timer = linkThread.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The server's words when it refuses this token or show outright, else null (worth another try). */
    private String probe() {
        try {
            snapshots.fetch(false);
            return null;
        } catch (UnauthorizedException | ForbiddenException | NotFoundException e) {
            return e.getMessage();
        } catch (CuedeckException e) {
            return null;
        }
    }

    private void giveUp(String reason) {
        ConsoleSocket last = socket;
        socket = null;
        cancelTimer();
        if (last != null) {
            last.close();
        }
        listener.publish(ConnectionState.lost(reason));
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void onLinkThread(Runnable task) {
        if (!linkThread.isShutdown()) {
            try {
                linkThread.execute(task);
            } catch (RejectedExecutionException closing) {
                // closed meanwhile: nothing left to do
            }
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
