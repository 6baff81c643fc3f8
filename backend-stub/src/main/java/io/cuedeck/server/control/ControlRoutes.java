package io.cuedeck.server.control;

import io.cuedeck.server.http.Role;
import io.cuedeck.server.shows.ShowDirectory;
import io.javalin.config.RoutesConfig;

/**
 * {@code /api/v1/shows/{showId}/control}: who holds TAKE (GET), and take, request, accept, decline,
 * release and force (POST, from a console: {@code Cuedeck-Console} header). Each answers the
 * {@link io.cuedeck.protocol.Control} state as the calling console sees it.
 */
public final class ControlRoutes {

    private static final String CONTROL = "/api/v1/shows/{showId}/control";

    private final TakeControl control;
    private final ShowDirectory shows;

    public ControlRoutes(TakeControl control, ShowDirectory shows) {
        this.control = control;
        this.shows = shows;
    }

    public void register(RoutesConfig routes) {
        routes.get(CONTROL, ctx -> {
            shows.require(ctx.pathParam("showId"));
            ctx.json(control.view(ctx, ctx.pathParam("showId")));
        }, Role.READ);
        routes.post(CONTROL + "/take", ctx -> ctx.json(control.take(ctx, show(ctx))), Role.FIRE);
        routes.post(CONTROL + "/request", ctx -> ctx.json(control.request(ctx, show(ctx))), Role.FIRE);
        routes.post(CONTROL + "/accept", ctx -> ctx.json(control.accept(ctx, show(ctx))), Role.FIRE);
        routes.post(CONTROL + "/decline", ctx -> ctx.json(control.decline(ctx, show(ctx))), Role.FIRE);
        routes.post(CONTROL + "/release", ctx -> ctx.json(control.release(ctx, show(ctx))), Role.FIRE);
        routes.post(CONTROL + "/force", ctx -> ctx.json(control.force(ctx, show(ctx))), Role.FIRE);
    }

    private String show(io.javalin.http.Context ctx) {
        return shows.require(ctx.pathParam("showId")).id();
    }
}
