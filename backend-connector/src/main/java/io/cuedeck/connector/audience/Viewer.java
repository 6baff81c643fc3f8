package io.cuedeck.connector.audience;

import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.CueMessage;
import io.cuedeck.protocol.viewer.HeartbeatRequest;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.protocol.viewer.ResultsMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One simulated viewer: joins with a {@link ViewerSocket} to one node and HTTP {@link Heartbeats},
 * does what a person does with what arrives (acks a cue, and maybe answers it after a while), and
 * leaves. No thread of its own: messages arrive on the crowd's I/O threads (one at a time per
 * socket), and acks and answers go out on the crowd's timer. {@link #join}, {@link #leave} and
 * {@link #abort} are called on the timer thread, {@code abort} also by {@link Audience#close}.
 */
final class Viewer {

    private final Wire wire;
    private final Set<String> seenFires = ConcurrentHashMap.newKeySet();
    private final ViewerSocket socket;
    private final Heartbeats heartbeats;

    Viewer(Wire wire, int node, String platform, String region, String lang) {
        UUID id = UUID.randomUUID();
        this.wire = wire;
        this.socket = new ViewerSocket(wire, node, id, lang, platform, region, this::handle);
        this.heartbeats = new Heartbeats(wire, new HeartbeatRequest(id.toString(), platform, region, lang), socket::node);
    }

    void join() {
        wire.counters.joins.increment();
        socket.connect();
        heartbeats.start();
    }

    /** Closes the socket politely (aborting it if the server does not answer) and stops heartbeats; once. */
    void leave() {
        if (socket.leave()) {
            wire.counters.leaves.increment();
            heartbeats.stop();
        }
    }

    /** Drops the socket at once, without a closing handshake. */
    void abort() {
        socket.abort();
    }

    // --- what a person does with what arrives (I/O thread) ---

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
        wire.later(plan.ackAfter(), () -> socket.send(new AckMessage(cue.fireId()), wire.counters.acksSent));
        if (plan.answer() != null) {
            wire.later(plan.answerAfter(), () -> socket.send(plan.answer(), wire.counters.answersSent));
        }
    }
}
