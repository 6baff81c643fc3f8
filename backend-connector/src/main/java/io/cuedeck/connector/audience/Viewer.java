package io.cuedeck.connector.audience;

import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.protocol.viewer.CueMessage;
import io.cuedeck.protocol.viewer.HeartbeatRequest;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.protocol.viewer.ResultsMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One simulated viewer: joins with a {@link ViewerSocket} to one node and HTTP {@link Heartbeats},
 * does what a person does with what arrives (acks a cue, and maybe answers it after a while, as the
 * seeded {@link Reactions} plan), and leaves. Like a viewer app, it keeps an answer until the server
 * has ruled on it: after a reconnect it sends an unanswered one again, and it retries one refused
 * as {@code unavailable} for about 40 s. No thread of its own: messages arrive on the crowd's I/O
 * threads (one at a time per socket), and acks and answers go out on the crowd's timer.
 * {@link #join}, {@link #leave} and {@link #abort} are called on the timer thread, {@code abort}
 * also by {@link Audience#close}.
 */
final class Viewer {

    /** Copies of one answer at most: with the waits doubling from 300 ms (at most 10 s), about 40 s of trying,
     * longer than a claim left by a dead node blocks its viewer (30 s). */
    private static final int MOST_ATTEMPTS = 9;
    private static final Duration FIRST_RETRY = Duration.ofMillis(300);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

    private final Wire wire;
    private final UUID id;
    private final String lang;
    private final Map<String, Reaction> reactions = new ConcurrentHashMap<>();
    private final ViewerSocket socket;
    private final Heartbeats heartbeats;
    private volatile long joinedAtMillis = Long.MAX_VALUE;

    Viewer(Wire wire, UUID id, int node, String platform, String region, String lang) {
        this.wire = wire;
        this.id = id;
        this.lang = lang;
        this.socket = new ViewerSocket(wire, node, id, lang, platform, region, this::handle, this::opened);
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

    /** The first open marks the join; after a reconnect, answers the server never ruled on go again. */
    private void opened() {
        if (joinedAtMillis == Long.MAX_VALUE) {
            joinedAtMillis = System.currentTimeMillis();
            return;
        }
        reactions.values().stream().filter(Reaction::unsettledAnswer).filter(r -> r.attempts() > 0)
                .forEach(r -> sendAnswer(r));
    }

    private void handle(ToViewer message) {
        if (message instanceof CueMessage cue) {
            onCue(cue);
        } else if (message instanceof AcceptedMessage accepted) {
            wire.counters.answersAccepted.increment();
            settle(accepted.fireId(), Reaction.ACCEPTED);
        } else if (message instanceof RefusedMessage refused) {
            wire.counters.answersRefused.increment();
            if (refused.fireId() != null) {
                wire.tallies.heard(refused.fireId(), refused.reason());
            }
            onRefused(refused);
        } else if (message instanceof ResultsMessage) {
            wire.counters.resultsReceived.increment();
        }
    }

    private void onCue(CueMessage cue) {
        Reaction reaction = wire.tallies.firstReceipt(cue.fireId(), id, lang, joinedAtMillis);
        if (reaction == null) {
            return; // sent again after a reconnect: a person does not react twice
        }
        reactions.put(cue.fireId(), reaction);
        wire.counters.cuesReceived.increment();
        if (cue.sentAt() != null) {
            wire.counters.cueLatency.record(System.currentTimeMillis() - cue.sentAt().toEpochMilli());
        }
        Reactions.Plan plan = wire.reactions.forViewer(id, cue);
        if (plan.ackAfter() == null) {
            return; // the app is in the background: this cue goes unnoticed
        }
        reaction.reacting = true;
        reaction.answer = plan.answer();
        wire.later(plan.ackAfter(), () -> socket.send(new AckMessage(cue.fireId()), () -> {
            wire.counters.acksSent.increment();
            reaction.acked = true;
        }));
        if (plan.answer() != null) {
            wire.later(plan.answerAfter(), () -> sendAnswer(reaction));
        }
    }

    private void sendAnswer(Reaction reaction) {
        reaction.attempt();
        AnswerMessage answer = reaction.answer;
        socket.send(answer, wire.counters.answersSent::increment);
    }

    /**
     * A duplicate after a copy went out again means the server had accepted the first (its reply was
     * lost with the socket); an unavailable store is worth a few more tries; any other refusal is final.
     */
    private void onRefused(RefusedMessage refused) {
        Reaction reaction = refused.fireId() == null ? null : reactions.get(refused.fireId());
        if (reaction == null || !reaction.unsettledAnswer()) {
            return;
        }
        if (RefusedMessage.DUPLICATE.equals(refused.reason()) && reaction.attempts() > 1) {
            settle(refused.fireId(), Reaction.ACCEPTED);
        } else if (RefusedMessage.UNAVAILABLE.equals(refused.reason()) && reaction.attempts() < MOST_ATTEMPTS) {
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(10, reaction.attempts() - 1));
            wire.later(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait, () -> sendAnswer(reaction));
        } else {
            settle(refused.fireId(), refused.reason());
        }
    }

    private void settle(String fireId, String verdict) {
        Reaction reaction = fireId == null ? null : reactions.get(fireId);
        if (reaction != null && reaction.answer != null) {
            reaction.settle(verdict);
        }
    }
}
