package io.cuedeck.connector.audience;

import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.CueMessage;
import io.cuedeck.protocol.viewer.HeartbeatRequest;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.protocol.viewer.ResultsMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * One simulated viewer: a socket to one node, HTTP heartbeats, and the reactions of a person to a
 * cue (ack, and maybe an answer after a while). No thread of its own: socket callbacks arrive on the
 * crowd's I/O threads (one at a time per socket) and delays run on the crowd's timer.
 */
final class Viewer implements WebSocket.Listener {

    private final Wire wire;
    private final UUID id = UUID.randomUUID();
    private final Heartbeats heartbeats;
    private final String lang;
    private final String platform;
    private final Set<String> seenFires = ConcurrentHashMap.newKeySet();
    private final StringBuilder partial = new StringBuilder(); // socket callbacks are sequential
    private int node; // guarded by this, as are the fields below
    private WebSocket socket;
    private boolean leaving;
    private int failures;
    private CompletableFuture<?> sends = CompletableFuture.completedFuture(null);

    Viewer(Wire wire, int node, String platform, String region, String lang) {
        this.wire = wire;
        this.node = node;
        this.lang = lang;
        this.platform = platform;
        this.heartbeats = new Heartbeats(wire, new HeartbeatRequest(id.toString(), platform, region, lang), this::node);
    }

    void join() {
        wire.counters.joins.increment();
        connect();
        heartbeats.start();
    }

    /** Closes the socket politely (aborting it if the server does not answer) and stops heartbeats. */
    synchronized void leave() {
        if (leaving) {
            return;
        }
        leaving = true;
        wire.counters.leaves.increment();
        heartbeats.stop();
        WebSocket open = socket;
        if (open != null) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            wire.later(Duration.ofSeconds(3), open::abort);
        }
    }

    private synchronized int node() {
        return node;
    }

    /** Drops the socket at once, without a closing handshake. */
    synchronized void abort() {
        leaving = true;
        if (socket != null) {
            socket.abort();
        }
    }

    // --- socket ---

    private void connect() {
        wire.connects.submit(() -> {
            int target;
            synchronized (this) {
                if (leaving) {
                    return CompletableFuture.completedFuture(null);
                }
                target = node;
            }
            return wire.http.newWebSocketBuilder().connectTimeout(Wire.CONNECT_TIMEOUT)
                    .buildAsync(wire.socket(target, id, lang, platform), this)
                    .whenComplete((ws, error) -> {
                        if (error != null) {
                            dropped(null);
                        }
                    });
        });
    }

    @Override
    public void onOpen(WebSocket ws) {
        synchronized (this) {
            socket = ws;
            failures = 0;
            partial.setLength(0);
            if (leaving) {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            }
        }
        wire.counters.connected.incrementAndGet();
        ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            handle(Wire.read(frame));
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

    // --- what a person does with what arrives ---

    private void handle(ToViewer message) {
        if (message instanceof CueMessage cue) {
            onCue(cue);
        } else if (message instanceof AcceptedMessage) {
            wire.counters.answersAccepted.increment();
        } else if (message instanceof RefusedMessage) {
            wire.counters.answersRefused.increment();
        } else if (message instanceof ResultsMessage) {
            wire.counters.resultsReceived.increment();
        }
    }

    private void onCue(CueMessage cue) {
        if (!seenFires.add(cue.fireId())) {
            return; // sent again after a reconnect: a person does not react twice
        }
        wire.counters.cuesReceived.increment();
        if (cue.sentAt() != null) {
            wire.counters.cueLatency.record(System.currentTimeMillis() - cue.sentAt().toEpochMilli());
        }
        Reactions.Plan plan = wire.reactions.to(cue, ThreadLocalRandom.current());
        wire.later(plan.ackAfter(), () -> send(new AckMessage(cue.fireId()), wire.counters.acksSent));
        if (plan.answer() != null) {
            wire.later(plan.answerAfter(), () -> send(plan.answer(), wire.counters.answersSent));
        }
    }

    /** Sends one message after the ones before it (a socket takes one send at a time); dropped when offline. */
    private synchronized void send(Object message, LongAdder counter) {
        WebSocket ws = socket;
        if (ws == null || leaving) {
            return;
        }
        String text = Wire.text(message);
        sends = sends.handle((ok, error) -> null)
                .thenCompose(ignored -> ws.sendText(text, true))
                .thenRun(counter::increment);
    }
}
