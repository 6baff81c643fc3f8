package io.cuedeck.server.control;

import io.cuedeck.protocol.Control;
import io.cuedeck.server.Json;
import java.time.Duration;
import java.time.Instant;

/**
 * What a show's take-control lease holds (as JSON): the console that holds TAKE and one console
 * that asked to take over. Console ids stay on the server; {@link #seenBy} is what one console is
 * told.
 */
record ControlState(Seat holder, Seat requester) {

    /** A console and its operator (the token's name and role) since a moment. */
    record Seat(String consoleId, String name, String role, Instant since) {
    }

    static final ControlState FREE = new ControlState(null, null);

    boolean heldBy(String consoleId) {
        return holder != null && consoleId != null && holder.consoleId().equals(consoleId);
    }

    boolean askedBy(String consoleId) {
        return requester != null && consoleId != null && requester.consoleId().equals(consoleId);
    }

    /** When the requester may force the take. */
    Instant forceAt(Duration forceAfter) {
        return requester == null ? null : requester.since().plus(forceAfter);
    }

    Control seenBy(String consoleId, Duration forceAfter) {
        return new Control(view(holder, consoleId), view(requester, consoleId), holder == null ? null : forceAt(forceAfter));
    }

    private static Control.Operator view(Seat seat, String consoleId) {
        return seat == null ? null : new Control.Operator(seat.name(), seat.role(), seat.since(),
                consoleId != null && seat.consoleId().equals(consoleId));
    }

    String json() {
        return Json.write(this);
    }

    static ControlState read(String json) {
        return Json.read(json, ControlState.class);
    }
}
