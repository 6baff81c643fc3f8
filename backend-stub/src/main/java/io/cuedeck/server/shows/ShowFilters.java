package io.cuedeck.server.shows;

import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.reports.ShowQuery;
import io.cuedeck.server.http.ApiException;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads {@code ?q=&from=&to=&status=} of the show list; a bad value is a 400 naming the parameter. */
final class ShowFilters {

    private ShowFilters() {
    }

    static ShowQuery from(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) {
            throw ApiException.validation("q", "The title search 'q' is longer than 200 characters.");
        }
        Instant from = instant(ctx, "from");
        Instant to = instant(ctx, "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.validation("to", "'to' must be after 'from'.");
        }
        return new ShowQuery(q, from, to, status(ctx.queryParam("status")));
    }

    private static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.validation(name, "'" + name + "' must be an ISO-8601 instant such as 2026-12-01T20:00:00Z.");
        }
    }

    private static ShowStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (ShowStatus s : ShowStatus.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw ApiException.validation("status", "'status' must be draft, live or ended.");
    }
}
