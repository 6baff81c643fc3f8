package io.cuedeck.server.fire;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.engine.cold.AnswerRecord;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.engine.hot.FireLedger.FireState;
import io.cuedeck.server.engine.hot.FireLedger.FireStats;
import io.cuedeck.server.engine.hot.LatencyHistogram;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, puts back what the hot engine lost: every fire of a show not yet ended that was never
 * finalised gets its ledger entry rebuilt from the cold store (its close, its answers' counts,
 * who answered, so no viewer answers twice), and its close timer or finalisation rescheduled.
 * Delivery and ack counts of such fires restart at zero: they lived only in the lost hot state.
 *
 * <p>A fire still pending (stored, never marked sent: its node stopped between the two steps) is
 * settled by what the ledger saw: if any socket write or ack of it was counted, it went out and is
 * marked sent; otherwise it was not sent, and it is closed in the ledger (if there) and ignored.
 */
public final class FireRestorer {

    private static final Logger LOG = LoggerFactory.getLogger(FireRestorer.class);

    private final ColdStore cold;
    private final FireLedger ledger;
    private final FireCatalog catalog;
    private final FireCloser closer;

    public FireRestorer(ColdStore cold, FireLedger ledger, FireCatalog catalog, FireCloser closer) {
        this.cold = cold;
        this.ledger = ledger;
        this.catalog = catalog;
        this.closer = closer;
    }

    public void restore() {
        int restored = 0;
        for (Show show : cold.shows()) {
            if (show.status() == ShowStatus.ENDED) {
                continue;
            }
            for (FireRecord fire : cold.fires(show.id())) {
                if (fire.totals() != null) {
                    continue;
                }
                if (!fire.sent()) {
                    if (!settle(fire)) {
                        continue;
                    }
                    fire = fire.withSentAt(fire.firedAt());
                }
                catalog.remember(fire);
                if (ledger.get(fire.fireId()).isEmpty()) {
                    rebuild(fire);
                    restored++;
                }
                if (ledger.get(fire.fireId()).map(FireState::open).orElse(false)) {
                    closer.scheduleAutoClose(fire);
                } else {
                    closer.scheduleFinalise(fire, Duration.ZERO);
                }
            }
        }
        if (restored > 0) {
            LOG.info("restored {} unfinished fires from the cold store", restored);
        }
    }

    /** True if the pending fire was seen going out (now marked sent); false if it never was (withdrawn). */
    private boolean settle(FireRecord fire) {
        boolean wentOut = ledger.stats(fire.fireId())
                .map(s -> s.delivered() + s.failed() + s.acks() > 0).orElse(false);
        if (wentOut) {
            cold.putFire(fire.withSentAt(fire.firedAt()));
            LOG.info("fire {} had gone out before its node stopped: marked sent", fire.fireId());
            return true;
        }
        if (ledger.get(fire.fireId()).map(FireState::open).orElse(false)) {
            ledger.close(fire.fireId(), fire.firedAt());
        }
        return false;
    }

    private void rebuild(FireRecord fire) {
        List<AnswerRecord> answers = cold.answers(fire.showId(), fire.fireId());
        long[] counts = new long[fire.cue().options().size()];
        List<String> answered = new ArrayList<>();
        for (AnswerRecord a : answers) {
            answered.add(a.viewerId());
            if (a.choice() != null && a.choice() >= 0 && a.choice() < counts.length) {
                counts[a.choice()]++;
            }
        }
        FireStats stats = new FireStats(0, 0, 0, new long[LatencyHistogram.BUCKETS], 0, answers.size(), counts);
        ledger.restore(new FireState(FireRecords.liveFire(fire), fire.closedAt()), stats, answered);
    }
}
