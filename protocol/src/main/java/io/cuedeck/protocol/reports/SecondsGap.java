package io.cuedeck.protocol.reports;

/** Seconds of a show with no viewer snapshot: {@code fromSecond} to {@code toSecond}, both included (epoch seconds). */
public record SecondsGap(long fromSecond, long toSecond) {

    public long seconds() {
        return toSecond - fromSecond + 1;
    }
}
