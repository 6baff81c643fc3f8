package io.cuedeck.server.engine.hot.redis;

import io.cuedeck.server.engine.hot.ShowSeconds;
import io.cuedeck.server.engine.hot.Timeline;
import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticker's step as one script on the show's slot (every key carries the show's hash tag):
 * one round trip per show and second where the separate calls took seven.
 */
final class RedisShowSeconds implements ShowSeconds {

    private static final LuaScript SECOND = LuaScript.load("show_second");

    private final RedisGateway redis;
    private final RedisKeys keys;

    RedisShowSeconds(RedisGateway redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Second tick(String showId, Instant now, long second) {
        long minute = Math.floorDiv(second, 60);
        long from = second - HEARTBEAT_WINDOW + 1;
        List<String> keyList = new ArrayList<>(List.of(keys.presence(showId), keys.presenceReplaced(showId),
                keys.timeline(showId, Timeline.LEAVES, minute), keys.timeline(showId, Timeline.VIEWERS, minute),
                keys.timeline(showId, Timeline.JOINS, minute)));
        for (long m = Math.floorDiv(from, 60); m <= minute; m++) {
            keyList.add(keys.timeline(showId, Timeline.HEARTBEATS, m));
        }
        List<Object> reply = redis.await(redis.script(SECOND, ScriptOutputType.MULTI, keyList.toArray(String[]::new),
                RedisPresence.num(now.toEpochMilli()), RedisPresence.num(Math.floorMod(second, 60)),
                RedisPresence.num(RedisTimeline.RETENTION.toMillis()), RedisPresence.num(from),
                RedisPresence.num(second)), "show second");
        return new Second((Long) reply.get(0), (Long) reply.get(1), (Long) reply.get(2), (Long) reply.get(3),
                (Long) reply.get(4));
    }
}
