package io.cuedeck.server.audience;

import io.cuedeck.server.engine.hot.FireLedger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.websocket.api.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket writes of cues, summed locally as their callbacks arrive and added to the ledger every
 * ~250 ms by {@link #flush()}: one engine call per fire per flush instead of one per viewer.
 */
public final class DeliveryCounts {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryCounts.class);

    private static final class Pair {
        final LongAdder ok = new LongAdder();
        final LongAdder failed = new LongAdder();
    }

    private final FireLedger ledger;
    private final ConcurrentHashMap<String, Pair> pending = new ConcurrentHashMap<>();

    public DeliveryCounts(FireLedger ledger) {
        this.ledger = ledger;
    }

    /** A callback that counts one write of the fire's cue. */
    Callback callback(String fireId) {
        Pair pair = pending.computeIfAbsent(fireId, id -> new Pair());
        return Callback.from(pair.ok::increment, error -> pair.failed.increment());
    }

    /**
     * One callback for every write of the fire's cue, shared by all the sockets of a fan-out (it
     * only counts): a fan-out allocates no callback per viewer.
     */
    org.eclipse.jetty.util.Callback writes(String fireId) {
        Pair pair = pending.computeIfAbsent(fireId, id -> new Pair());
        return new org.eclipse.jetty.util.Callback() {
            @Override
            public void succeeded() {
                pair.ok.increment();
            }

            @Override
            public void failed(Throwable error) {
                pair.failed.increment();
            }
        };
    }

    /** Adds what was counted since the last flush to the ledger. */
    public void flush() {
        for (Map.Entry<String, Pair> e : pending.entrySet()) {
            flush(e.getKey(), e.getValue());
        }
    }

    private void flush(String fireId, Pair pair) {
        long ok = pair.ok.sumThenReset();
        long failed = pair.failed.sumThenReset();
        if (ok == 0 && failed == 0) {
            return;
        }
        try {
            ledger.delivered(fireId, ok, failed);
        } catch (RuntimeException ex) {
            pair.ok.add(ok);
            pair.failed.add(failed);
            LOG.warn("could not add deliveries of fire {}; keeping them for the next flush", fireId, ex);
        }
    }

    /**
     * Flushes and drops a fire's counters once its window closed and its writes have long
     * completed (called a little before the fire is finalised).
     */
    public void forget(String fireId) {
        Pair pair = pending.remove(fireId);
        if (pair != null) {
            flush(fireId, pair);
        }
    }
}
