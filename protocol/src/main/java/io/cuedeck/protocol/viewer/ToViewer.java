package io.cuedeck.protocol.viewer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What the server sends on a viewer socket {@code WS /v1/shows/{showId}/live}, tagged by {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CueMessage.class, name = "cue"),
    @JsonSubTypes.Type(value = ResultsMessage.class, name = "results"),
    @JsonSubTypes.Type(value = ClosedMessage.class, name = "closed"),
    @JsonSubTypes.Type(value = AcceptedMessage.class, name = "accepted"),
    @JsonSubTypes.Type(value = RefusedMessage.class, name = "refused"),
})
public sealed interface ToViewer permits CueMessage, ResultsMessage, ClosedMessage, AcceptedMessage, RefusedMessage {
}
