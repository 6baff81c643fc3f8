package io.cuedeck.console.rundown;

import io.cuedeck.connector.BackendUnreachableException;
import io.cuedeck.connector.CancelledException;
import io.cuedeck.connector.ConflictException;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import io.cuedeck.console.session.Session;
import io.cuedeck.console.session.Target;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends one TAKE in the background and settles the arm by what came back. A receipt uses the arm
 * up and says how many viewers the cue went to. No answer (timeout, lost link, Cancel) keeps the
 * cue armed with its key, so the next TAKE repeats the same request and cannot fire twice. A
 * refusal says why and gets a fresh key next time; a cue whose window the backend still has open
 * asks for an explicit re-fire.
 */
final class TakeSender {

    private final Session session;
    private final Jobs jobs;
    private final I18n i18n;
    private final ArmTake armTake;
    private final FireLog fires;
    private final FireOutcome outcome;
    private final Function<String, Cue> cues;
    private final Consumer<String> askRefire;

    TakeSender(Session session, Jobs jobs, I18n i18n, ArmTake armTake, FireLog fires, FireOutcome outcome,
            Function<String, Cue> cues, Consumer<String> askRefire) {
        this.session = session;
        this.jobs = jobs;
        this.i18n = i18n;
        this.armTake = armTake;
        this.fires = fires;
        this.outcome = outcome;
        this.cues = cues;
        this.askRefire = askRefire;
    }

    /** A TAKE press that passed the gate: sends the armed cue, unless a TAKE is already in flight. */
    void send(boolean refire) {
        Target target = session.target(); // at the press, on the UI thread: the job never reads the session
        if (!target.complete()) {
            return;
        }
        ArmTake.Take take = armTake.take(refire).orElse(null);
        if (take == null) {
            return;
        }
        Cue cue = cues.apply(take.cueId());
        CueKind kind = cue == null ? null : cue.kind();
        Backend backend = target.backend();
        String showId = target.showId();
        jobs.run(i18n.get("activity.fire"),
                () -> backend.fire(showId, take.cueId(), take.key(), take.refire()),
                receipt -> fired(receipt, kind), this::failed);
    }

    private void fired(FireReceipt receipt, CueKind kind) {
        armTake.succeeded();
        fires.record(FireInfo.of(receipt, kind));
        outcome.sent(receipt);
    }

    private void failed(Throwable error) {
        if (error instanceof BackendUnreachableException || error instanceof CancelledException
                || error instanceof CancellationException) {
            armTake.unanswered();
            outcome.unanswered(error);
        } else if (error instanceof ConflictException c && "already_open".equals(c.code())) {
            armTake.refused();
            askRefire.accept(armTake.armedCueId());
            outcome.failed(error);
        } else {
            armTake.refused();
            outcome.notSent(error);
        }
    }
}
