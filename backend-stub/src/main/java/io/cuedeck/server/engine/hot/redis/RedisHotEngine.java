package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.Bus;
import io.cuedeck.server.engine.hot.ControlLocks;
import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.engine.hot.IdempotencyKeys;
import io.cuedeck.server.engine.hot.Presence;
import io.cuedeck.server.engine.hot.SchedulerLease;
import io.cuedeck.server.engine.hot.SocketCounts;
import io.cuedeck.server.engine.hot.Timeline;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The hot engine on Redis (standalone or Redis Cluster), shared by every node configured with the
 * same URL and prefix. Parts are thin: each operation is one script or a few pipelined commands;
 * see {@link RedisKeys} for the key layout and why it is cluster-safe.
 */
public final class RedisHotEngine implements HotEngine {

    private final RedisGateway redis;
    private final RedisKeys keys;
    private final RedisFireReach reach;
    private final Presence presence;
    private final Timeline timeline;
    private final IdempotencyKeys idempotency;
    private final FireLedger fires;
    private final SocketCounts sockets;
    private final Bus bus;
    private final ControlLocks control;
    private final SchedulerLease capacity;
    private final byte[] epoch;

    private RedisHotEngine(RedisGateway redis, RedisConfig config, Clock clock) {
        this.redis = redis;
        this.keys = new RedisKeys(config.prefix());
        this.presence = new RedisPresence(redis, keys);
        this.timeline = new RedisTimeline(redis, keys);
        this.idempotency = new RedisIdempotencyKeys(redis, keys);
        this.fires = new RedisFireLedger(redis, keys);
        this.sockets = new RedisSocketCounts(redis, keys, clock);
        this.bus = new RedisBus(redis, keys);
        this.reach = new RedisFireReach(redis, keys);
        this.control = new RedisControlLocks(redis, keys);
        this.capacity = new RedisSchedulerLease(redis, keys);
        this.epoch = markEpoch();
    }

    /**
     * Connects to Redis. Fails with {@link io.cuedeck.server.engine.EngineUnavailableException}
     * naming the URL (never its password) when Redis cannot be reached now.
     */
    public static RedisHotEngine connect(RedisConfig config, Clock clock) {
        RedisGateway gateway = RedisGateway.connect(config);
        try {
            return new RedisHotEngine(gateway, config, clock);
        } catch (RuntimeException e) {
            gateway.close();
            throw e;
        }
    }

    public static RedisHotEngine connect(RedisConfig config) {
        return connect(config, Clock.systemUTC());
    }

    /** Writes the epoch marker unless one exists, and returns the one in Redis. */
    private byte[] markEpoch() {
        byte[] mine = Long.toString(System.nanoTime() ^ System.currentTimeMillis()).getBytes(StandardCharsets.US_ASCII);
        redis.await(redis.async().setnx(keys.epoch(), mine), "epoch marker");
        return redis.await(redis.async().get(keys.epoch()), "epoch marker");
    }

    /**
     * True when Redis answers but no longer holds the marker this engine found at start: Redis
     * restarted without its data (or was flushed), so open fires and counts must be restored from
     * the cold store. Writes a fresh marker, so each loss is reported to one caller only.
     */
    public boolean lostState() {
        byte[] now = redis.await(redis.async().get(keys.epoch()), "epoch marker");
        if (now != null) {
            return false;
        }
        Boolean mine = redis.await(redis.async().setnx(keys.epoch(), epoch), "epoch marker");
        return mine;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public boolean isUp() {
        return redis.isUp();
    }

    @Override
    public Presence presence() {
        return presence;
    }

    @Override
    public Timeline timeline() {
        return timeline;
    }

    @Override
    public IdempotencyKeys idempotency() {
        return idempotency;
    }

    @Override
    public FireLedger fires() {
        return fires;
    }

    @Override
    public io.cuedeck.server.engine.hot.FireReach reach() {
        return reach;
    }

    @Override
    public SocketCounts sockets() {
        return sockets;
    }

    @Override
    public Bus bus() {
        return bus;
    }

    @Override
    public ControlLocks control() {
        return control;
    }

    @Override
    public SchedulerLease capacity() {
        return capacity;
    }

    @Override
    public void close() {
        redis.close();
    }
}
