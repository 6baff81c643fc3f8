package io.cuedeck.server.fire;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.Json;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.redis.RedisHotEngine;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts hot state back when Redis loses it while nodes run (a restart without persistence, a
 * failover to an empty replica, a flush): the unfinished fires through {@link FireRestorer}, and
 * the Idempotency-Keys of the last day's fires with their stored receipts, so a fire retried after
 * the loss still fires once. Presence needs nothing: the next heartbeats rebuild it within one TTL.
 * Runs every few seconds; {@link RedisHotEngine#lostState()} tells exactly one node of the
 * cluster about each loss. A restore that fails is tried again on the next run.
 */
public final class HotStateGuard implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(HotStateGuard.class);

    private final HotEngine hot;
    private final ColdStore cold;
    private final FireRestorer restorer;
    private final Clock clock;
    private boolean pending;

    public HotStateGuard(HotEngine hot, ColdStore cold, FireRestorer restorer, Clock clock) {
        this.hot = hot;
        this.cold = cold;
        this.restorer = restorer;
        this.clock = clock;
    }

    @Override
    public synchronized void run() {
        if (!(hot instanceof RedisHotEngine redis) || !redis.isUp()) {
            return;
        }
        try {
            if (pending || redis.lostState()) {
                pending = true;
                LOG.warn("Redis lost its data: restoring open fires and fire Idempotency-Keys from {}", cold.name());
                restorer.restore();
                restoreFireKeys();
                pending = false;
            }
        } catch (RuntimeException e) {
            LOG.warn("restoring hot state failed, will retry: {}", e.getMessage());
        }
    }

    private void restoreFireKeys() {
        Instant dayAgo = clock.instant().minus(FireService.KEY_TTL);
        for (Show show : cold.shows()) {
            if (show.status() == ShowStatus.ENDED) {
                continue;
            }
            for (FireRecord fire : cold.fires(show.id())) {
                if (fire.sent() && fire.idempotencyKey() != null && fire.firedAt().isAfter(dayAgo)) {
                    hot.idempotency().complete("fire:" + show.id() + ":" + fire.idempotencyKey(),
                            Json.write(fire.receipt()), FireService.KEY_TTL);
                }
            }
        }
    }
}
