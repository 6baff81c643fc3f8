package io.cuedeck.connector.internal;

import io.cuedeck.protocol.console.ConsoleEvent;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads console stream frames. A frame whose {@code type} this client does not know (a newer
 * server's event) or that it cannot read is dropped, never fatal: the stream goes on.
 */
public final class ConsoleEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleEvents.class);

    private ConsoleEvents() {
    }

    /** The event in {@code frame}, or null when it is of an unknown type or unreadable. */
    public static ConsoleEvent decode(String frame) {
        try {
            return Json.mapper().readValue(frame, ConsoleEvent.class);
        } catch (IOException | RuntimeException e) {
            LOG.debug("dropped a console frame this client cannot read: {}", e.getMessage());
            return null;
        }
    }
}
