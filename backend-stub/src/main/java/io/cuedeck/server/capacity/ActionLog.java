package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.CapacityAction;
import io.cuedeck.server.Ids;
import io.cuedeck.server.capacity.provider.CapacityProvider.DesiredRequest;
import io.cuedeck.server.capacity.provider.ProviderCalls;
import io.cuedeck.server.capacity.provider.ProviderException;
import io.cuedeck.server.engine.cold.BoostStore;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's actions: each is stored with its own time-ordered id before the provider is asked,
 * then settled {@code done} or {@code failed}. At start (or when this node takes the lease over) the
 * newest stored action says what was last asked; one still pending (its node died in between) is
 * taken again under the same id, which the provider treats as the same desired state.
 */
final class ActionLog {

    private static final Logger LOG = LoggerFactory.getLogger(ActionLog.class);

    private final BoostStore store;
    private final ProviderCalls provider;
    private final SchedulerStatus status;
    private Integer lastDesired;
    private boolean resumed;

    ActionLog(BoostStore store, ProviderCalls provider, SchedulerStatus status) {
        this.store = store;
        this.provider = provider;
        this.status = status;
    }

    /** The units last asked for and accepted, or null when unknown (nothing asked yet, or forgotten). */
    Integer lastDesired(Instant now) throws ProviderException {
        if (!resumed) {
            resume(now);
            resumed = true;
        }
        return lastDesired;
    }

    /** Another node may have acted meanwhile: read the stored actions again before the next decision. */
    void forget() {
        resumed = false;
        lastDesired = null;
    }

    private void resume(Instant now) throws ProviderException {
        List<CapacityAction> recent = store.recentActions(1);
        if (recent.isEmpty()) {
            return;
        }
        CapacityAction last = recent.get(0);
        status.acted(last);
        if (CapacityAction.PENDING.equals(last.outcome())) {
            LOG.info("taking again the pending capacity action {} ({} units) found at start", last.id(),
                    last.desiredUnits());
            take(last, now);
        } else if (CapacityAction.DONE.equals(last.outcome())) {
            lastDesired = last.desiredUnits();
        }
    }

    /** Stores a new action asking for {@code desired} (because of {@code driver}, may be null), then takes it. */
    void ask(int desired, Boost driver, Instant now) throws ProviderException {
        String reason = driver == null ? "No boost in force: back to the baseline of " + desired + " units."
                : driver.title() + ": " + desired + " units";
        CapacityAction action = new CapacityAction(String.format("%013d", now.toEpochMilli()) + Ids.shortId(), now,
                desired, reason, driver == null ? null : driver.id(), CapacityAction.PENDING, null, null);
        store.recordAction(action);
        take(action, now);
    }

    private void take(CapacityAction action, Instant now) throws ProviderException {
        try {
            provider.setDesired(action.desiredUnits(), new DesiredRequest(action.id(), action.boostId(),
                    action.reason(), action.at()));
        } catch (ProviderException e) {
            CapacityAction failed = settled(action, CapacityAction.FAILED, e.getMessage(), now);
            store.settleAction(failed);
            status.acted(failed);
            status.failed(e.getMessage(), now);
            throw e;
        }
        CapacityAction done = settled(action, CapacityAction.DONE, null, now);
        store.settleAction(done);
        status.acted(done);
        lastDesired = action.desiredUnits();
    }

    private static CapacityAction settled(CapacityAction a, String outcome, String error, Instant at) {
        return new CapacityAction(a.id(), a.at(), a.desiredUnits(), a.reason(), a.boostId(), outcome, error, at);
    }
}
