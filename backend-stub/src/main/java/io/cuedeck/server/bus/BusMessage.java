package io.cuedeck.server.bus;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.server.engine.cold.FireRecord;
import java.time.Instant;
import java.util.List;

/**
 * What nodes tell each other over the hot engine's bus, tagged by {@code type}. Each node turns
 * these into viewer and console messages for its own sockets.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = BusMessage.FireSent.class, name = "fire"),
    @JsonSubTypes.Type(value = BusMessage.FireEnded.class, name = "closed"),
    @JsonSubTypes.Type(value = BusMessage.ResultsSent.class, name = "revealed"),
    @JsonSubTypes.Type(value = BusMessage.ShowChanged.class, name = "show"),
})
public sealed interface BusMessage {

    String showId();

    /** A cue was fired: every node sends it to its viewer sockets of the show. */
    record FireSent(FireRecord fire) implements BusMessage {
        @Override
        public String showId() {
            return fire.showId();
        }
    }

    /** A fire's answer window closed. */
    record FireEnded(String showId, String fireId, String cueId, Instant closedAt) implements BusMessage {
    }

    /** Results were revealed: counts per option, and the correct option of a quiz. */
    record ResultsSent(String showId, String fireId, String cueId, List<Long> counts, Integer correctOption)
            implements BusMessage {
    }

    /** A show was created or changed (its status, title or schedule). */
    record ShowChanged(String showId, ShowStatus status) implements BusMessage {
    }
}
