package io.cuedeck.connector.audience;

import io.cuedeck.protocol.viewer.AnswerMessage;
import java.util.UUID;

/**
 * One viewer's dealings with one fire, from the first receipt of its cue: whether they reacted,
 * whether their ack went out, the answer they meant to give and what the server said to it. Written
 * by that viewer's callbacks (I/O threads and the timer), read by {@link Tallies} from any thread.
 */
final class Reaction {

    /** The server's verdict on an answer that it accepted (the other verdicts are refusal reasons). */
    static final String ACCEPTED = "accepted";

    final UUID viewerId;
    final String lang;
    /** When the viewer's first socket opened (this machine's clock): after the TAKE makes it a late joiner. */
    final long joinedAtMillis;
    volatile boolean reacting;
    volatile boolean acked;
    /** The answer this viewer decided to give, or null. */
    volatile AnswerMessage answer;
    /** Null until the server answered: {@link #ACCEPTED} or a refusal reason. */
    volatile String verdict;
    private int attempts; // guarded by this

    Reaction(UUID viewerId, String lang, long joinedAtMillis) {
        this.viewerId = viewerId;
        this.lang = lang;
        this.joinedAtMillis = joinedAtMillis;
    }

    /** Counts one more copy of the answer going out; how many went out so far. */
    synchronized int attempt() {
        return ++attempts;
    }

    synchronized int attempts() {
        return attempts;
    }

    /** Records the server's verdict unless one was recorded already; true when this one counts. */
    synchronized boolean settle(String outcome) {
        if (verdict != null) {
            return false;
        }
        verdict = outcome;
        return true;
    }

    boolean unsettledAnswer() {
        return answer != null && verdict == null;
    }
}
