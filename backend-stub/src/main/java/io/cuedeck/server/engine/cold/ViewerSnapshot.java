package io.cuedeck.server.engine.cold;

/**
 * The viewer count of one show at 1-second resolution: {@code viewers[i]} is the count at
 * {@code startSecond + i} (epoch seconds). One record per show per snapshot interval, whatever the
 * audience size.
 */
public record ViewerSnapshot(String showId, long startSecond, long[] viewers) {
}
