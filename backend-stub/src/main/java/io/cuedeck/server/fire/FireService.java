package io.cuedeck.server.fire;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireRequest;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.Ids;
import io.cuedeck.server.Json;
import io.cuedeck.server.bus.BusMessage;
import io.cuedeck.server.bus.BusRelay;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.IdempotencyKeys.Claim;
import io.cuedeck.server.http.ApiException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fire path, one straight line: claim the Idempotency-Key (a retry, on any node, gets the
 * first answer), check the show and cue, store the fire as pending, open it in the ledger, publish
 * it to every node, mark it sent, then store the answer under the key. Anything failing before
 * the publish frees the key so that a retry may fire, and leaves at most a pending record that
 * nothing lists, reports or restores: a fire is either sent or not recorded as sent.
 */
public final class FireService {

    public static final Duration KEY_TTL = Duration.ofHours(24);
    private static final Duration PENDING_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(FireService.class);

    /** Told of every successful fire, on the request's thread: it must return at once (capacity: push cues). */
    public interface FireListener {
        void fired(Cue cue, FireReceipt receipt);
    }

    /** Called just before {@code targeted} is read, so this node's sockets are counted exactly. */
    public interface SocketCountFlush {
        void flushNow();
    }

    private final HotEngine hot;
    private final ColdStore cold;
    private final FireCatalog catalog;
    private final FireCloser closer;
    private final BusRelay bus;
    private final SocketCountFlush sockets;
    private final Clock clock;
    private final Counter fires;
    private final java.util.List<FireListener> fireListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public FireService(HotEngine hot, ColdStore cold, FireCatalog catalog, FireCloser closer, BusRelay bus,
            SocketCountFlush sockets, Clock clock, MeterRegistry meters) {
        this.hot = hot;
        this.cold = cold;
        this.catalog = catalog;
        this.closer = closer;
        this.bus = bus;
        this.sockets = sockets;
        this.clock = clock;
        this.fires = Counter.builder("cuedeck.fires").description("cues fired on this node").register(meters);
    }

    public void onFired(FireListener listener) {
        fireListeners.add(listener);
    }

    /** Fires the cue; returns the receipt's exact JSON (a retry with the same key gets the same text). */
    public String fire(String showId, String cueId, String key, FireRequest request) {
        String claimKey = "fire:" + showId + ":" + key;
        Claim claim = awaitUnlessPending(claimKey);
        if (claim instanceof Claim.Done done) {
            FireReceipt first = Json.read(done.result(), FireReceipt.class);
            if (!first.cueId().equals(cueId)) {
                throw ApiException.conflict("conflict", "This Idempotency-Key was already used for another cue.");
            }
            return done.result();
        }
        String receipt;
        try {
            receipt = fireOnce(showId, cueId, key, request != null && Boolean.TRUE.equals(request.refire()));
        } catch (RuntimeException e) {
            releaseQuietly(claimKey);
            throw e;
        }
        try {
            hot.idempotency().complete(claimKey, receipt, KEY_TTL);
        } catch (RuntimeException e) {
            LOG.error("fire sent but its Idempotency-Key could not be completed; retries will wait", e);
        }
        return receipt;
    }

    private Claim awaitUnlessPending(String claimKey) {
        long deadline = System.nanoTime() + PENDING_WAIT.toNanos();
        Claim claim = hot.idempotency().claim(claimKey, KEY_TTL);
        while (claim instanceof Claim.Pending) {
            if (System.nanoTime() - deadline > 0) {
                throw ApiException.conflict("conflict", "A fire with this Idempotency-Key is still in progress; "
                        + "try again in a moment.");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ApiException.unavailable("The server is stopping; the fire was not sent.");
            }
            claim = hot.idempotency().claim(claimKey, KEY_TTL);
        }
        return claim;
    }

    private String fireOnce(String showId, String cueId, String key, boolean refire) {
        Show show = cold.show(showId).orElseThrow(() -> ApiException.notFound("There is no show '" + showId + "'."));
        if (show.status() != ShowStatus.LIVE) {
            throw ApiException.conflict("not_live", "The show is " + show.status().name().toLowerCase(Locale.ROOT)
                    + ", not live: set it live before firing cues.");
        }
        Cue cue = cold.cue(showId, cueId).orElseThrow(
                () -> ApiException.notFound("There is no cue '" + cueId + "' in show '" + showId + "'."));
        closeOpenFiresOf(showId, cueId, refire);
        sockets.flushNow();
        long targeted = hot.sockets().total(showId);
        Instant firedAt = clock.instant();
        FireReceipt receipt = new FireReceipt(Ids.newId(), cueId, firedAt,
                firedAt.plusSeconds(cue.answerSeconds()), targeted);
        FireRecord pending = new FireRecord(showId, receipt.fireId(), cue, key, receipt, null, null, null, null);
        cold.putFire(pending);
        FireRecord record = pending.withSentAt(firedAt);
        hot.fires().open(FireRecords.liveFire(record));
        try {
            bus.publish(new BusMessage.FireSent(record));
        } catch (RuntimeException e) {
            withdraw(record, firedAt);
            throw e;
        }
        fires.increment();
        closer.storeSent(record);
        fireListeners.forEach(l -> l.fired(cue, receipt));
        return Json.write(receipt);
    }

    /** The publish failed: nothing was sent, so the ledger must not show the fire as open either. */
    private void withdraw(FireRecord record, Instant at) {
        try {
            hot.fires().close(record.fireId(), at);
        } catch (RuntimeException e) {
            LOG.warn("could not close the withdrawn fire {} in the ledger", record.fireId(), e);
        }
    }

    private void closeOpenFiresOf(String showId, String cueId, boolean refire) {
        for (var open : hot.fires().openFires(showId)) {
            if (!open.cueId().equals(cueId)) {
                continue;
            }
            if (!refire) {
                throw ApiException.conflict("already_open", "This cue's answer window is still open (fire "
                        + open.fireId() + "); close it first, or fire again with {\"refire\": true}.");
            }
            closer.close(catalog.require(showId, open.fireId()), clock.instant());
        }
    }

    private void releaseQuietly(String claimKey) {
        try {
            hot.idempotency().release(claimKey);
        } catch (RuntimeException e) {
            LOG.warn("could not release Idempotency-Key after a failed fire; it lapses after {}", KEY_TTL, e);
        }
    }
}
