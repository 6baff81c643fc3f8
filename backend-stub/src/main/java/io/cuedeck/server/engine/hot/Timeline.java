package io.cuedeck.server.engine.hot;

import java.time.Duration;

/**
 * Per-second series of a show, shared cluster-wide: counters ({@code heartbeats}, {@code joins},
 * {@code leaves}) that nodes add to, and gauges ({@code viewers}) that nodes overwrite. Values
 * are kept for at least {@link #retention()} and then dropped; nothing here is durable.
 */
public interface Timeline {

    String HEARTBEATS = "heartbeats";
    String JOINS = "joins";
    String LEAVES = "leaves";
    String VIEWERS = "viewers";

    /** The most seconds one {@link #range} call returns. */
    int MAX_RANGE = 7_200;

    /** Adds {@code delta} to counter {@code name} at {@code epochSecond}. Atomic across nodes. */
    void add(String showId, String name, long epochSecond, long delta);

    /** Sets gauge {@code name} at {@code epochSecond}; the last write wins. */
    void put(String showId, String name, long epochSecond, long value);

    /**
     * Values of seconds {@code fromSecond..toSecond} inclusive, in order, 0 where nothing was
     * written. At most {@link #MAX_RANGE} seconds per call: a longer or reversed range throws
     * {@link IllegalArgumentException}.
     */
    long[] range(String showId, String name, long fromSecond, long toSecond);

    /** How long values are kept; at least one hour. */
    Duration retention();
}
