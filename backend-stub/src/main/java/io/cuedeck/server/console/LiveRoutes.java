package io.cuedeck.server.console;

import io.cuedeck.server.http.Role;
import io.javalin.config.RoutesConfig;

/** {@code GET /api/v1/shows/{showId}/live}. */
public final class LiveRoutes {

    private final LiveService live;

    public LiveRoutes(LiveService live) {
        this.live = live;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/shows/{showId}/live", ctx -> ctx.json(live.status(ctx.pathParam("showId"))), Role.READ);
    }
}
