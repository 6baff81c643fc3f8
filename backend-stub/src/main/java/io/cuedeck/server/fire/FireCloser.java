package io.cuedeck.server.fire;

import io.cuedeck.server.bus.BusMessage;
import io.cuedeck.server.bus.BusRelay;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.cold.FireTotals;
import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.engine.hot.FireLedger.FireStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends answer windows: by a host, by the timer every node sets at {@code closesAt}, or when the
 * show ends. The ledger's close picks one winner cluster-wide; only it writes the close, tells
 * every node, and {@link #FINALISE_GRACE} later copies the fire's totals into the cold store
 * (the grace lets acks in flight arrive).
 */
public final class FireCloser {

    public static final Duration FINALISE_GRACE = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(FireCloser.class);

    private final FireLedger ledger;
    private final ColdStore cold;
    private final BusRelay bus;
    private final ScheduledExecutorService timers;
    private final Clock clock;
    private volatile io.cuedeck.server.engine.hot.FireReach reach;

    public FireCloser(FireLedger ledger, ColdStore cold, BusRelay bus, ScheduledExecutorService timers,
            Clock clock) {
        this.ledger = ledger;
        this.cold = cold;
        this.bus = bus;
        this.timers = timers;
        this.clock = clock;
    }

    /** Closes the window at {@code at}; true if this call closed it (false: it was closed already). */
    public boolean close(FireRecord fire, Instant at) {
        if (!ledger.close(fire.fireId(), at)) {
            return false;
        }
        try {
            cold.putFire(fire.withClosedAt(at));
        } catch (RuntimeException e) {
            LOG.error("fire {} closed but its close time could not be stored yet; finalising retries", fire.fireId(), e);
        }
        bus.publish(new BusMessage.FireEnded(fire.showId(), fire.fireId(), fire.cue().id(), at));
        scheduleFinalise(fire, FINALISE_GRACE);
        return true;
    }

    /**
     * Marks a published fire as sent in the cold store. The fire went out already, so a failure
     * here does not fail the fire: the write is retried every 5 s until it is stored (and any later
     * write of the fire, its close included, carries the mark as well).
     */
    public void storeSent(FireRecord fire) {
        try {
            cold.putFire(fire.asFired().withSentAt(fire.sentAt()));
        } catch (RuntimeException e) {
            LOG.error("fire {} was sent but could not be marked sent yet; retrying in 5 s", fire.fireId(), e);
            timers.schedule(() -> storeSent(fire), 5, TimeUnit.SECONDS);
        }
    }

    /** Closes every open fire of a show (the show ended). */
    public void closeAllOpen(String showId, FireCatalog catalog) {
        Instant now = clock.instant();
        for (FireLedger.LiveFire open : ledger.openFires(showId)) {
            catalog.find(showId, open.fireId()).ifPresent(fire -> close(fire, now));
        }
    }

    /** Every node calls this when it learns of a fire; whichever timer runs first closes it. */
    public void scheduleAutoClose(FireRecord fire) {
        long delay = Math.max(0, Duration.between(clock.instant(), fire.receipt().closesAt()).toMillis());
        timers.schedule(() -> {
            try {
                close(fire, fire.receipt().closesAt());
            } catch (RuntimeException e) {
                LOG.error("could not close fire {} at its time; retrying in 5 s", fire.fireId(), e);
                timers.schedule(() -> scheduleAutoClose(fire), 5, TimeUnit.SECONDS);
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    /** Finalising also copies the fire's report figures from {@code reach} (set once, at wiring). */
    public void finaliseCountsFrom(io.cuedeck.server.engine.hot.FireReach reach) {
        this.reach = reach;
    }

    /** The fire's figures counted so far, or null without counting (or for a fire nothing was counted for). */
    static io.cuedeck.server.engine.cold.FireCounts counts(io.cuedeck.server.engine.hot.FireReach reach, FireRecord fire) {
        if (reach == null) {
            return null;
        }
        int options = fire.cue().kind().hasOptions() ? fire.cue().options().size() : 0;
        return reach.counts(fire.showId(), fire.fireId(), options).orElse(null);
    }

    public void scheduleFinalise(FireRecord fire, Duration after) {
        timers.schedule(() -> finalise(fire), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Copies the ledger's delivery and ack totals, the report's figures ({@link #finaliseCountsFrom})
     * and the close time into the stored fire: from then on its report reads only the cold store.
     */
    void finalise(FireRecord fire) {
        try {
            var state = ledger.get(fire.fireId());
            FireStats s = ledger.stats(fire.fireId()).orElse(null);
            if (state.isEmpty() || s == null || state.get().open()) {
                return;
            }
            Instant closedAt = state.get().closedAt();
            FireTotals totals = new FireTotals(s.delivered(), s.failed(), s.acks(), s.latency(), s.maxLatencyMs(),
                    AnswerRepair.countsWithEveryStoredAnswer(reach, cold, fire));
            cold.putFire(fire.withClosedAt(closedAt).withTotals(totals));
        } catch (RuntimeException e) {
            LOG.warn("could not finalise fire {}; retrying in 30 s", fire.fireId(), e);
            scheduleFinalise(fire, Duration.ofSeconds(30));
        }
    }
}
