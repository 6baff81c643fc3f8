package io.cuedeck.server.engine.hot;

import java.time.Instant;

/**
 * The per-second step of a live show, as the node's ticker runs it: expire the presences that
 * ended by {@code now} and count them as leaves of {@code second}, write the {@code viewers} gauge
 * of {@code second}, and read back the figures a console shows for it. One call, so that an engine
 * behind a network (Redis) can do it in one round trip instead of seven.
 *
 * <p>Guarantees are those of the {@link Presence} and {@link Timeline} calls it stands for; an
 * engine may run the whole step atomically (Redis does), the composed default does not.
 */
public interface ShowSeconds {

    /** How many seconds, ending with the ticked one, {@link Second#heartbeats} sums. */
    int HEARTBEAT_WINDOW = 10;

    /**
     * The step's result: the presences it expired, the viewers present at {@code now} (the gauge
     * it wrote), the heartbeats of the last {@link #HEARTBEAT_WINDOW} seconds, and the second's
     * joins and leaves (its own expiry included).
     */
    record Second(long expired, long viewers, long heartbeats, long joins, long leaves) {
    }

    Second tick(String showId, Instant now, long second);

    /** The step as separate calls on {@code presence} and {@code timeline} (the in-memory engine). */
    static ShowSeconds composed(Presence presence, Timeline timeline) {
        return (showId, now, second) -> {
            long expired = presence.expire(showId, now);
            if (expired > 0) {
                timeline.add(showId, Timeline.LEAVES, second, expired);
            }
            long viewers = presence.count(showId, now);
            timeline.put(showId, Timeline.VIEWERS, second, viewers);
            long heartbeats = 0;
            for (long v : timeline.range(showId, Timeline.HEARTBEATS, second - HEARTBEAT_WINDOW + 1, second)) {
                heartbeats += v;
            }
            long joins = timeline.range(showId, Timeline.JOINS, second, second)[0];
            long leaves = timeline.range(showId, Timeline.LEAVES, second, second)[0];
            return new Second(expired, viewers, heartbeats, joins, leaves);
        };
    }
}
