package io.cuedeck.console.reports;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which shows the Reports list shows: a title search (any part, any case), a day range (inclusive,
 * in the console's time zone, on the day the show went on air, else its planned start, else when it
 * was made) and a status. A null field does not filter.
 */
public record ShowFilter(String search, LocalDate from, LocalDate to, ShowStatus status, ZoneId zone)
        implements Predicate<Show> {

    public static ShowFilter none(ZoneId zone) {
        return new ShowFilter(null, null, null, null, zone);
    }

    @Override
    public boolean test(Show show) {
        if (status != null && show.status() != status) {
            return false;
        }
        if (search != null && !search.isBlank() && (show.title() == null
                || !show.title().toLowerCase(Locale.ROOT).contains(search.trim().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        LocalDate day = day(show, zone);
        if (from != null && (day == null || day.isBefore(from))) {
            return false;
        }
        return to == null || (day != null && !day.isAfter(to));
    }

    /** The show's day for the range: on air, else planned, else made. */
    public static LocalDate day(Show show, ZoneId zone) {
        Instant at = show.liveAt() != null ? show.liveAt()
                : show.scheduledStart() != null ? show.scheduledStart() : show.createdAt();
        return at == null ? null : at.atZone(zone).toLocalDate();
    }
}
