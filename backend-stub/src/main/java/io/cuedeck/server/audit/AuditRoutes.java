package io.cuedeck.server.audit;

import io.cuedeck.server.engine.cold.AuditTrail;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Role;
import io.cuedeck.server.shows.ShowDirectory;
import io.javalin.config.RoutesConfig;

/**
 * {@code GET /api/v1/shows/{showId}/audit?before=&limit=}: the show's audit trail, newest first, in
 * pages; {@code GET /api/v1/capacity/audit}: the same for boosts of no show.
 */
public final class AuditRoutes {

    private static final int DEFAULT_LIMIT = 50;

    private final AuditTrail trail;
    private final ShowDirectory shows;

    public AuditRoutes(AuditTrail trail, ShowDirectory shows) {
        this.trail = trail;
        this.shows = shows;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/shows/{showId}/audit", ctx -> {
            String showId = ctx.pathParam("showId");
            shows.require(showId);
            int limit = limit(ctx.queryParam("limit"));
            String before = ctx.queryParam("before");
            try {
                ctx.json(trail.newest(showId, before == null || before.isEmpty() ? null : before, limit));
            } catch (IllegalArgumentException e) {
                throw ApiException.validation("before", "before must be the next value of a previous page.");
            }
        }, Role.REPORTS);
        // Boosts of no show (the calendar's, a push server's Boost now) have a trail of their own.
        routes.get("/api/v1/capacity/audit", ctx -> {
            String before = ctx.queryParam("before");
            try {
                ctx.json(trail.newest(BoostAudit.CAPACITY, before == null || before.isEmpty() ? null : before,
                        limit(ctx.queryParam("limit"))));
            } catch (IllegalArgumentException e) {
                throw ApiException.validation("before", "before must be the next value of a previous page.");
            }
        }, Role.REPORTS);
    }

    private static int limit(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        if (!raw.matches("[0-9]{1,3}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > AuditTrail.MAX_PAGE) {
            throw ApiException.validation("limit", "limit must be a whole number from 1 to " + AuditTrail.MAX_PAGE + ".");
        }
        return Integer.parseInt(raw);
    }
}
