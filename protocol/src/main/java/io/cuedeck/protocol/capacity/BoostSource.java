package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a boost came from: added by hand, imported from a calendar, planned from a show's rundown
 * (its scheduled window and its push cues), or asked for at once because a push is going out.
 */
public enum BoostSource {
    @JsonProperty("manual") MANUAL,
    @JsonProperty("calendar") CALENDAR,
    @JsonProperty("rundown") RUNDOWN,
    @JsonProperty("push") PUSH
}
