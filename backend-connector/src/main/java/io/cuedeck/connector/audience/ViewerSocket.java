package io.cuedeck.connector.audience;

import io.cuedeck.protocol.viewer.ToViewer;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * One viewer's socket: connects to a node, hands every whole message that arrives to the viewer,
 * sends one message after another, and when the socket drops (or never opens) reconnects after a
 * backoff to the next node, until the viewer leaves. What the viewer sends while the socket is down
 * waits (at most {@value #HELD_WHILE_OFFLINE} messages) and goes out first when it opens again, as a
 * viewer app keeps an ack or an answer given in a tunnel. No thread of its own: callbacks arrive on
 * the crowd's I/O threads (one at a time per socket), reconnects run on the crowd's timer.
 */
final class ViewerSocket implements WebSocket.Listener {

    static final int HELD_WHILE_OFFLINE = 32;

    /** A message waiting for the socket, and what to do once it is written. */
    private record Held(String text, Runnable written) {
    }

    private final Wire wire;
    private final UUID viewerId;
    private final String lang;
    private final String platform;
    private final String region;
    private final Consumer<ToViewer> arrivals;
    private final Runnable opened;
    private final StringBuilder partial = new StringBuilder(); // socket callbacks are sequential
    private int node; // guarded by this, as are the fields below
    private WebSocket socket;
    private boolean leaving;
    private int failures;
    private CompletableFuture<?> sends = CompletableFuture.completedFuture(null);
    private final List<Held> held = new ArrayList<>();

    /**
     * {@code arrivals} is called on an I/O thread, one message at a time; unreadable or unknown frames
     * are dropped. {@code opened} is called on an I/O thread each time the socket opens, after what was
     * held went out and before any message arrives.
     */
    ViewerSocket(Wire wire, int node, UUID viewerId, String lang, String platform, String region,
            Consumer<ToViewer> arrivals, Runnable opened) {
        this.wire = wire;
        this.node = node;
        this.viewerId = viewerId;
        this.lang = lang;
        this.platform = platform;
        this.region = region;
        this.arrivals = arrivals;
        this.opened = opened;
    }

    /** The node this viewer is on now (heartbeats follow it); any thread. */
    synchronized int node() {
        return node;
    }

    /** Opens the socket to the current node, within the crowd's limit on handshakes in flight. */
    void connect() {
        wire.connects.submit(() -> {
            int target;
            synchronized (this) {
                if (leaving) {
                    return CompletableFuture.completedFuture(null);
                }
                target = node;
            }
            return wire.http.newWebSocketBuilder().connectTimeout(Wire.CONNECT_TIMEOUT)
                    .buildAsync(wire.socket(target, viewerId, lang, platform, region), this)
                    .whenComplete((ws, error) -> {
                        if (error != null) {
                            dropped(null);
                        }
                    });
        });
    }

    /** Closes politely (aborting if the server does not answer) and never reconnects; false when already leaving. */
    synchronized boolean leave() {
        if (leaving) {
            return false;
        }
        leaving = true;
        WebSocket open = socket;
        if (open != null) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            wire.later(Duration.ofSeconds(3), open::abort);
        }
        return true;
    }

    /** Drops the socket at once, without a closing handshake, and never reconnects. */
    synchronized void abort() {
        leaving = true;
        if (socket != null) {
            socket.abort();
        }
    }

    /**
     * Sends one message after the ones before it (a socket takes one send at a time); {@code written}
     * runs once it is on the wire. While the socket is down the message is held for the next open
     * (dropped beyond {@value #HELD_WHILE_OFFLINE} held, and once the viewer leaves).
     */
    synchronized void send(Object message, Runnable written) {
        if (leaving) {
            return;
        }
        String text = Wire.text(message);
        if (socket == null) {
            if (held.size() < HELD_WHILE_OFFLINE) {
                held.add(new Held(text, written));
            }
            return;
        }
        write(socket, text, written);
    }

    private void write(WebSocket ws, String text, Runnable written) { // holding this
        sends = sends.handle((ok, error) -> null)
                .thenCompose(ignored -> ws.sendText(text, true))
                .thenRun(written);
    }

    @Override
    public void onOpen(WebSocket ws) {
        synchronized (this) {
            socket = ws;
            failures = 0;
            partial.setLength(0);
            sends = CompletableFuture.completedFuture(null); // a new socket: the old one's sends are moot
            if (leaving) {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            } else {
                held.forEach(h -> write(ws, h.text(), h.written()));
            }
            held.clear();
        }
        wire.counters.connected.incrementAndGet();
        opened.run();
        ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            ToViewer message = Wire.read(frame);
            if (message != null) {
                arrivals.accept(message);
            }
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        dropped(ws);
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        dropped(ws);
    }

    /** The socket closed or never opened; unless leaving, reconnect after a backoff, to the next node. */
    private void dropped(WebSocket ws) {
        Duration wait;
        synchronized (this) {
            if (ws != null && ws == socket) {
                socket = null;
                wire.counters.connected.decrementAndGet();
            }
            if (leaving) {
                return;
            }
            failures++;
            node = (node + 1) % wire.nodeCount();
            wait = wire.reconnectWait(failures);
        }
        wire.counters.reconnects.increment();
        wire.later(wait, this::connect);
    }
}
