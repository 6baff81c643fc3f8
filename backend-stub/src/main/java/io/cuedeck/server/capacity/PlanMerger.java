package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostEvent;
import io.cuedeck.protocol.capacity.BoostStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Merges boosts into desired units per minute: each boost that is not cancelled asks for its units
 * from its start minus its lead time to its end (or, once it held past the end, until it scaled
 * down; while it is holding, until now); at every minute the highest ask wins, and the result is
 * kept between the baseline and the maximum.
 */
final class PlanMerger {

    static final Duration LONGEST_RANGE = Duration.ofDays(8);

    private final CapacityConfig config;

    PlanMerger(CapacityConfig config) {
        this.config = config;
    }

    /** Minutes from {@code from} (rounded down to a minute) until {@code to}: units for each. */
    int[] plan(List<Boost> boosts, Instant from, Instant to, Instant now) {
        Instant first = from.truncatedTo(ChronoUnit.MINUTES);
        int minutes = (int) Math.max(0, (Duration.between(first, to).toSeconds() + 59) / 60);
        int[] units = new int[minutes];
        for (Boost b : boosts) {
            if (b.status() == BoostStatus.CANCELLED) {
                continue;
            }
            Instant until = effectiveEnd(b, now);
            int a = index(first, b.scaleUpAt(), minutes, false);
            int z = index(first, until, minutes, true);
            for (int i = a; i < z; i++) {
                units[i] = Math.max(units[i], b.units());
            }
        }
        for (int i = 0; i < minutes; i++) {
            units[i] = config.clamp(units[i]);
        }
        return units;
    }

    int[] plan(List<Boost> boosts, Instant from, Instant to) {
        return plan(boosts, from, to, from);
    }

    /** When the boost stops asking: its end, or later when it held past it. */
    static Instant effectiveEnd(Boost b, Instant now) {
        Instant until = b.end();
        if (b.status() == BoostStatus.HOLDING && now.isAfter(until)) {
            return now;
        }
        for (BoostEvent e : b.history()) {
            if ((e.status() == BoostStatus.SCALING_DOWN || e.status() == BoostStatus.DONE) && e.at().isAfter(until)) {
                until = e.at();
                break;
            }
        }
        return until;
    }

    private static int index(Instant first, Instant at, int minutes, boolean roundUp) {
        long seconds = Duration.between(first, at).toSeconds();
        long minute = roundUp ? Math.floorDiv(seconds + 59, 60) : Math.floorDiv(seconds, 60);
        return (int) Math.max(0, Math.min(minutes, minute));
    }

    /** The highest units of a plan, for a caller that only needs the peak. */
    static int peak(int[] plan) {
        return Arrays.stream(plan).max().orElse(0);
    }
}
