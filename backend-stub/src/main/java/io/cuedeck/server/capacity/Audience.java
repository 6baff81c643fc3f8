package io.cuedeck.server.capacity;

import java.time.Instant;

/** The cluster-wide audience the scheduler weighs before scaling down. */
public interface Audience {

    /**
     * The highest number of viewers present at any second of {@code [from, to]}: of show
     * {@code showId}, or of every show on air together when it is null.
     */
    long peakViewers(String showId, Instant from, Instant to);
}
