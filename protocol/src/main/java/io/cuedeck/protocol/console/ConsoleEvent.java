package io.cuedeck.protocol.console;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A message of the console stream {@code WS /api/v1/shows/{showId}/console}, tagged by {@code type}.
 * Clients must ignore types they do not know (later versions add more, e.g. capacity boosts).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Tick.class, name = "tick"),
    @JsonSubTypes.Type(value = Delivery.class, name = "delivery"),
    @JsonSubTypes.Type(value = Tally.class, name = "tally"),
    @JsonSubTypes.Type(value = FireStarted.class, name = "fire"),
    @JsonSubTypes.Type(value = FireClosed.class, name = "closed"),
    @JsonSubTypes.Type(value = ResultsRevealed.class, name = "revealed"),
    @JsonSubTypes.Type(value = EngineStatus.class, name = "engines"),
    @JsonSubTypes.Type(value = ControlChanged.class, name = "control"),
})
public sealed interface ConsoleEvent
        permits Tick, Delivery, Tally, FireStarted, FireClosed, ResultsRevealed, EngineStatus, ControlChanged {
}
