package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a show is in its life: drafted, on air, or over. Only draft to live to ended is allowed. */
public enum ShowStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("live") LIVE,
    @JsonProperty("ended") ENDED
}
