package io.cuedeck.server.capacity.calendar;

import java.time.Instant;

/**
 * One occurrence of a calendar event, resolved to instants: {@code ref} is its UID, plus the
 * original start (its RECURRENCE-ID) for an occurrence of a recurring event; {@code viewers} and
 * {@code lead} are null when the event does not say; {@code cancelled} for {@code STATUS:CANCELLED}.
 */
public record CalendarEvent(String ref, String title, Instant start, Instant end, Long viewers, Integer lead,
        boolean cancelled) {
}
