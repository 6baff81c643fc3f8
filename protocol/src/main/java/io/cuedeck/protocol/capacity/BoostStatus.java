package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a boost is in its life. {@code planned} until its start minus its lead time;
 * {@code scaling-up} while the provider brings the units up; {@code ready} once they are in
 * service, until the end; {@code holding} after the end while the audience still needs the units;
 * {@code scaling-down} when the scheduler has asked for fewer; then {@code done}. {@code failed}
 * when the provider refused after its retries (the scheduler keeps trying while the boost's window
 * lasts); {@code cancelled} when deleted or removed from its calendar or rundown.
 */
public enum BoostStatus {
    @JsonProperty("planned") PLANNED,
    @JsonProperty("scaling-up") SCALING_UP,
    @JsonProperty("ready") READY,
    @JsonProperty("holding") HOLDING,
    @JsonProperty("scaling-down") SCALING_DOWN,
    @JsonProperty("done") DONE,
    @JsonProperty("failed") FAILED,
    @JsonProperty("cancelled") CANCELLED;

    /** Done or cancelled: the scheduler has nothing more to do with it. */
    public boolean finished() {
        return this == DONE || this == CANCELLED;
    }

    /** The word used on the wire, e.g. {@code scaling-up}. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
