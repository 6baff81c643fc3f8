package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostDraft;
import io.cuedeck.protocol.capacity.BoostNow;
import io.cuedeck.protocol.capacity.ImportResult;
import io.cuedeck.server.audit.Audit;
import io.cuedeck.server.audit.BoostAudit;
import io.cuedeck.server.http.Access;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.Principal;
import io.cuedeck.server.http.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code /api/v1/boosts} (list, add, read, change, cancel, import, boost now) and
 * {@code /api/v1/capacity} (the provider's state, the plan, calendar subscriptions). A host token
 * tied to one show sees the boosts of its show and of no show, names no other show, and its Boost
 * now is for its show; capacity itself (the state, the plan) is one pool for every show.
 */
public final class CapacityRoutes {

    private static final String BOOSTS = "/api/v1/boosts";
    /** The calendar import: its body may be up to 5 MB, where the API's others stop at 64 KiB. */
    public static final String IMPORT = BOOSTS + "/import";
    private static final String BOOST = BOOSTS + "/{boostId}";

    private final Capacity capacity;
    // Every boost a person or a push server makes, changes or cancels is audited (issue 13).
    private final Audit audit;

    CapacityRoutes(Capacity capacity, Audit audit) {
        this.capacity = capacity;
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        BoostService boosts = capacity.boosts();
        routes.get(BOOSTS, ctx -> ctx.json(boosts.list(instant(ctx, "from"), instant(ctx, "to")).stream()
                .filter(b -> Access.reaches(ctx, b.showId())).toList()), Role.CAPACITY_READ);
        routes.post(BOOSTS, ctx -> {
            Boost created = boosts.create(Bodies.read(ctx, BoostDraft.class));
            BoostAudit.record(audit, ctx, "boost.created", created);
            ctx.status(201).json(created);
        }, Role.WRITE);
        routes.post(BOOSTS + "/now", ctx -> {
            Boost now = boosts.now(forTokensShow(ctx, Bodies.read(ctx, BoostNow.class)));
            BoostAudit.record(audit, ctx, "boost.now", now);
            ctx.status(201).json(now);
        }, Role.BOOST_NOW);
        routes.post(IMPORT, ctx -> {
            ImportResult result = capacity.calendar().importFrom(ctx);
            BoostAudit.imported(audit, ctx, result);
            ctx.json(result);
        }, Role.WRITE);
        routes.get(BOOST, ctx -> {
            Boost boost = boosts.get(ctx.pathParam("boostId"));
            Access.requireShow(ctx, boost.showId());
            ctx.json(boost);
        }, Role.CAPACITY_READ);
        routes.put(BOOST, ctx -> {
            Boost changed = boosts.update(ctx.pathParam("boostId"), Bodies.read(ctx, BoostDraft.class));
            BoostAudit.record(audit, ctx, "boost.edited", changed);
            ctx.json(changed);
        }, Role.WRITE);
        routes.delete(BOOST, ctx -> {
            boolean open = !boosts.get(ctx.pathParam("boostId")).status().finished();
            boosts.cancel(ctx.pathParam("boostId"), "Deleted by hand.");
            if (open) {
                BoostAudit.record(audit, ctx, "boost.cancelled", boosts.get(ctx.pathParam("boostId")));
            }
            ctx.status(204);
        }, Role.WRITE);
        routes.get("/api/v1/capacity", ctx -> {
            Access.requireShow(ctx, ctx.queryParam("showId"));
            ctx.json(capacity.state(ctx.queryParam("showId")));
        }, Role.CAPACITY_READ);
        routes.get("/api/v1/capacity/plan", ctx -> ctx.json(capacity.plan(instant(ctx, "from"), instant(ctx, "to"))),
                Role.CAPACITY_READ);
        routes.get("/api/v1/capacity/subscriptions", ctx -> ctx.json(capacity.calendar().subscriptions()), Role.READ);
        routes.delete("/api/v1/capacity/subscriptions/{subscriptionId}", ctx -> {
            capacity.calendar().unsubscribe(ctx.pathParam("subscriptionId"));
            ctx.status(204);
        }, Role.WRITE);
    }

    /** Boost now from a host token of one show is for that show: it may leave the show out, not name another. */
    private static BoostNow forTokensShow(Context ctx, BoostNow request) {
        Access.requireShow(ctx, request.showId());
        Principal who = Access.principal(ctx);
        if (request.showId() != null || who == null || who.show() == null) {
            return request;
        }
        return new BoostNow(request.targetUnits(), request.expectedViewers(), request.holdMinutes(), request.reason(),
                who.show());
    }

    /** An ISO-8601 instant query parameter, or null when absent; a bad one is 400 naming it. */
    static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.validation(name, name + " must be an ISO-8601 instant such as 2026-11-21T20:00:00Z.");
        }
    }
}
