package io.cuedeck.protocol.reports;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.time.Instant;
import java.util.Locale;

/**
 * Filters of {@code GET /api/v1/shows?q=&from=&to=&status=} (each optional; none given lists every
 * show, most recently created first). {@code q}: the title contains it, ignoring case;
 * {@code from}, {@code to} (ISO-8601 instants): the show's {@link #dateOf date} is at or after
 * {@code from} and before {@code to}; {@code status}: {@code draft}, {@code live} or
 * {@code ended}. A bad instant or status is a 400 naming the parameter.
 */
public record ShowQuery(String q, Instant from, Instant to, ShowStatus status) {

    public static final ShowQuery ALL = new ShowQuery(null, null, null, null);

    /** When a show happened, for the date filter: when it went live, else its scheduled start, else its creation. */
    public static Instant dateOf(Show show) {
        if (show.liveAt() != null) {
            return show.liveAt();
        }
        return show.scheduledStart() != null ? show.scheduledStart() : show.createdAt();
    }

    /** True when the show passes every filter that is set. */
    public boolean matches(Show show) {
        if (q != null && !q.isBlank()
                && !show.title().toLowerCase(Locale.ROOT).contains(q.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Instant at = dateOf(show);
        if (from != null && (at == null || at.isBefore(from))) {
            return false;
        }
        if (to != null && (at == null || !at.isBefore(to))) {
            return false;
        }
        return status == null || status == show.status();
    }
}
