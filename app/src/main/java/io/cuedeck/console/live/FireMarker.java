package io.cuedeck.console.live;

/** A vertical line on the Live charts at the second a cue was fired, labelled with the cue. */
public record FireMarker(String fireId, double epochSecond, String label) {
}
