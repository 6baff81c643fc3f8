package io.cuedeck.server.engine.hot.memory;

import io.cuedeck.server.engine.hot.Timeline;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each series is a ring of {@link #SLOTS} seconds: a value is dropped when a second
 * {@code SLOTS} later is written, so a series holds the latest two hours whatever the audience.
 */
final class MemoryTimeline implements Timeline {

    static final int SLOTS = 7_200;

    private final ConcurrentHashMap<String, Series> series = new ConcurrentHashMap<>();

    @Override
    public void add(String showId, String name, long epochSecond, long delta) {
        seriesOf(showId, name).write(epochSecond, delta, true);
    }

    @Override
    public void put(String showId, String name, long epochSecond, long value) {
        seriesOf(showId, name).write(epochSecond, value, false);
    }

    @Override
    public long[] range(String showId, String name, long fromSecond, long toSecond) {
        if (toSecond < fromSecond || toSecond - fromSecond >= MAX_RANGE) {
            throw new IllegalArgumentException("a range holds 1 to " + MAX_RANGE + " seconds, not "
                    + fromSecond + ".." + toSecond);
        }
        Series s = series.get(showId + '\n' + name);
        return s == null ? new long[(int) (toSecond - fromSecond + 1)] : s.read(fromSecond, toSecond);
    }

    @Override
    public Duration retention() {
        return Duration.ofSeconds(SLOTS);
    }

    private Series seriesOf(String showId, String name) {
        return series.computeIfAbsent(showId + '\n' + name, k -> new Series());
    }

    private static final class Series {
        private final long[] seconds = new long[SLOTS];
        private final long[] values = new long[SLOTS];

        Series() {
            java.util.Arrays.fill(seconds, Long.MIN_VALUE);
        }

        synchronized void write(long second, long value, boolean add) {
            int slot = (int) Math.floorMod(second, (long) SLOTS);
            if (seconds[slot] == second) {
                values[slot] = add ? values[slot] + value : value;
            } else if (seconds[slot] < second) {
                seconds[slot] = second;
                values[slot] = value;
            }
            // else: older than what the ring holds, already past retention
        }

        synchronized long[] read(long from, long to) {
            long[] out = new long[(int) (to - from + 1)];
            for (long s = from; s <= to; s++) {
                int slot = (int) Math.floorMod(s, (long) SLOTS);
                if (seconds[slot] == s) {
                    out[(int) (s - from)] = values[slot];
                }
            }
            return out;
        }
    }
}
