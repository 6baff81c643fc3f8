package io.cuedeck.protocol.reports;

import java.time.Instant;

/**
 * A mark on a show's viewer curve: a fire ({@code kind} {@code "fire"}, {@code id} the fire id,
 * {@code label} the cue's prompt) or a capacity boost of the show ({@code "boost"}, {@code id} the
 * boost id, {@code label} its title, {@code at} its start, {@code until} its end). For a fire
 * {@code until} is when its window closed (absent while open).
 */
public record CurveMarker(String kind, String id, String label, Instant at, Instant until) {

    public static final String FIRE = "fire";
    public static final String BOOST = "boost";
}
