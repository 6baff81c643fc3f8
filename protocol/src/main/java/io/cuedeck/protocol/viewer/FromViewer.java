package io.cuedeck.protocol.viewer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a viewer sends on its socket, tagged by {@code type}. Frames over 16 KiB close the socket. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AckMessage.class, name = "ack"),
    @JsonSubTypes.Type(value = AnswerMessage.class, name = "answer"),
    @JsonSubTypes.Type(value = HeartbeatMessage.class, name = "heartbeat"),
})
public sealed interface FromViewer permits AckMessage, AnswerMessage, HeartbeatMessage {
}
