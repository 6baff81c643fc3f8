package io.cuedeck.server.audience;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import io.cuedeck.server.engine.EngineUnavailableException;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.engine.hot.FireLedger.FireState;
import io.cuedeck.server.fire.FireCatalog;
import io.cuedeck.server.http.RateLimit;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One viewer's answer to one fire: checked, claimed in the ledger, made durable by the
 * {@link AnswerJournal}, and only then confirmed (counted once) and acknowledged. Never blocks
 * the caller.
 *
 * <p>One accepted answer per viewer per fire, cluster-wide, rests on two steps. The ledger's claim
 * turns away a second answer while the first is being stored, on any node, without touching the
 * cold store; it is only held for {@link #CLAIM_HOLD} until confirmed, so a node that dies between
 * the claim and the write blocks the viewer for that long, not forever. The cold store then
 * decides: an answer is accepted only if the store says this write stored it; if the viewer's
 * answer was stored first (by a node whose hold lapsed while its write was slow, or that died after
 * writing), the answer is refused as a duplicate and its hold left to lapse. If it cannot be stored
 * the claim is given back at once so the viewer may send it again.
 */
public final class AnswerService {

    /**
     * How long a claim holds before it lapses unless confirmed: longer than the journal takes in
     * practice (a DynamoDB write gives up after 10 s), short enough that a viewer whose node died
     * can answer again within the answer window. Correctness does not depend on it: the cold store
     * refuses a second answer whatever the hold.
     */
    public static final Duration CLAIM_HOLD = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(AnswerService.class);

    private final FireCatalog catalog;
    private final FireLedger ledger;
    private final AnswerJournal journal;
    private final Clock clock;
    private final MeterRegistry meters;
    private final RateLimit perViewer;
    private final ReachBatcher reach;

    public AnswerService(FireCatalog catalog, FireLedger ledger, AnswerJournal journal, Clock clock,
            MeterRegistry meters) {
        this(catalog, ledger, journal, clock, meters, null);
    }

    /**
     * With a limit on the answers one viewer may send (on any socket or over HTTP), counted
     * before anything is looked up: a viewer spraying made-up fire ids costs no engine call.
     */
    public AnswerService(FireCatalog catalog, FireLedger ledger, AnswerJournal journal, Clock clock,
            MeterRegistry meters, RateLimit perViewer) {
        this(catalog, ledger, journal, clock, meters, perViewer, null);
    }

    /**
     * With the batched counting of the report's figures: each accepted answer (option, language,
     * time, correctness) and each refusal of a known fire is queued to {@code reach}, never counted
     * on the caller's thread.
     */
    public AnswerService(FireCatalog catalog, FireLedger ledger, AnswerJournal journal, Clock clock,
            MeterRegistry meters, RateLimit perViewer, ReachBatcher reach) {
        this.reach = reach;
        this.catalog = catalog;
        this.ledger = ledger;
        this.journal = journal;
        this.clock = clock;
        this.meters = meters;
        this.perViewer = perViewer;
    }

    /** Forgets viewers that have not answered for a while (their limit is full again). */
    public void sweep() {
        if (perViewer != null) {
            perViewer.sweep();
        }
    }

    /** As {@link #answer(String, String, String, Integer, String, String)} from a viewer of no known language. */
    public CompletableFuture<ToViewer> answer(String showId, String viewerId, String fireId, Integer choice,
            String text) {
        return answer(showId, viewerId, fireId, choice, text, null);
    }

    /**
     * Completes with {@link AcceptedMessage} or {@link RefusedMessage}; never exceptionally.
     * {@code lang} is the viewer's language (its socket's), for the answers by language.
     */
    public CompletableFuture<ToViewer> answer(String showId, String viewerId, String fireId, Integer choice,
            String text, String lang) {
        try {
            if (perViewer != null && perViewer.acquire(viewerId) > 0) {
                return refused(fireId, RefusedMessage.RATE_LIMITED);
            }
            Optional<FireRecord> fire = fireId == null ? Optional.empty() : catalog.findLive(showId, fireId);
            if (fire.isEmpty()) {
                return refused(fireId, RefusedMessage.UNKNOWN_FIRE);
            }
            Cue cue = fire.get().cue();
            String storedText = cue.kind() == CueKind.QUESTION ? questionText(choice, text) : null;
            boolean valid = cue.kind().hasOptions() ? validChoice(cue, choice, text) : storedText != null;
            if (!valid) {
                return refusedOf(showId, fireId, RefusedMessage.INVALID);
            }
            Instant now = clock.instant();
            Optional<FireState> state = ledger.get(fireId);
            if (state.isEmpty()) {
                return refused(fireId, RefusedMessage.UNKNOWN_FIRE);
            }
            if (!state.get().open() || !now.isBefore(fire.get().receipt().closesAt())) {
                return refusedOf(showId, fireId, RefusedMessage.CLOSED);
            }
            if (!claim(fireId, viewerId)) {
                return refusedOf(showId, fireId, RefusedMessage.DUPLICATE);
            }
            AnswerRecord record = new AnswerRecord(showId, fireId, viewerId, storedText == null ? choice : null,
                    storedText, now);
            FireRecord known = fire.get();
            return journal.submit(record).handle((stored, error) -> settled(known, record, stored, error, lang));
        } catch (EngineUnavailableException e) {
            return refused(fireId, RefusedMessage.UNAVAILABLE);
        }
    }

    /**
     * The ledger's claim. A claim that fails as unavailable may still have been made: a command
     * whose reply timed out usually ran in Redis all the same. Left standing, that hold would turn
     * the viewer's retry (which {@code unavailable} asks for) into {@code duplicate} for
     * {@link #CLAIM_HOLD}, and a viewer app takes {@code duplicate} for "stored" while nothing
     * was. So the claim is given back before the viewer hears {@code unavailable}; on the same
     * connection the release runs after the claim. Giving back a hold of a concurrent answer of the
     * same viewer is harmless: the cold store still keeps only the first.
     */
    private boolean claim(String fireId, String viewerId) {
        try {
            return ledger.claimAnswer(fireId, viewerId, CLAIM_HOLD);
        } catch (EngineUnavailableException e) {
            try {
                ledger.releaseAnswer(fireId, viewerId);
            } catch (RuntimeException again) {
                // the release was sent or Redis is down: the hold lapses after CLAIM_HOLD at worst
            }
            throw e;
        }
    }

    /** A poll or quiz answer is one option's index, and no text. */
    private static boolean validChoice(Cue cue, Integer choice, String text) {
        return text == null && choice != null && choice >= 0 && choice < cue.options().size();
    }

    /** A question's answer is 1-500 characters of text (trimmed), and no choice; null if not. */
    private static String questionText(Integer choice, String text) {
        if (choice != null || text == null) {
            return null;
        }
        String t = text.strip();
        int length = t.codePointCount(0, t.length());
        return length >= 1 && length <= 500 ? t : null;
    }

    private ToViewer settled(FireRecord fire, AnswerRecord record, Boolean stored, Throwable error, String lang) {
        ToViewer result = settled(record, stored, error);
        if (reach != null) {
            if (result instanceof AcceptedMessage) {
                Cue cue = fire.cue();
                int choice = record.choice() == null ? -1 : record.choice();
                boolean correct = cue.kind() == CueKind.QUIZ && cue.correctOption() != null && cue.correctOption() == choice;
                reach.answered(new io.cuedeck.server.engine.hot.FireReach.Answer(record.showId(), record.fireId(),
                        record.viewerId(), choice, lang == null || lang.isBlank() ? "und" : lang,
                        Math.max(0, record.at().toEpochMilli() - fire.firedAt().toEpochMilli()), correct,
                        record.at().getEpochSecond()));
            } else if (result instanceof RefusedMessage refusal) {
                reach.count(record.showId(), record.fireId(), "refused:" + refusal.reason(), 1);
            }
        }
        return result;
    }

    private CompletableFuture<ToViewer> refusedOf(String showId, String fireId, String reason) {
        if (reach != null) {
            reach.count(showId, fireId, "refused:" + reason, 1);
        }
        return refused(fireId, reason);
    }

    private ToViewer settled(AnswerRecord record, Boolean stored, Throwable error) {
        if (error != null) {
            try {
                ledger.releaseAnswer(record.fireId(), record.viewerId());
            } catch (RuntimeException e) {
                LOG.warn("could not release the claim of an answer that was not stored", e);
            }
            count(RefusedMessage.UNAVAILABLE);
            return new RefusedMessage(record.fireId(), RefusedMessage.UNAVAILABLE);
        }
        if (!stored) {
            // the viewer's answer was stored before (see the class comment): that one stands
            count(RefusedMessage.DUPLICATE);
            return new RefusedMessage(record.fireId(), RefusedMessage.DUPLICATE);
        }
        try {
            ledger.confirmAnswer(record.fireId(), record.viewerId(), record.choice() == null ? -1 : record.choice());
        } catch (RuntimeException e) {
            LOG.warn("answer stored but not confirmed live; the store refuses a second one and the report counts it", e);
        }
        count("accepted");
        return new AcceptedMessage(record.fireId());
    }

    private CompletableFuture<ToViewer> refused(String fireId, String reason) {
        count(reason);
        return CompletableFuture.completedFuture(new RefusedMessage(fireId, reason));
    }

    private void count(String result) {
        meters.counter("cuedeck.answers", "result", result).increment();
    }
}
