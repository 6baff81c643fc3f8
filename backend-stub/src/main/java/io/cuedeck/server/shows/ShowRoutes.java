package io.cuedeck.server.shows;

import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.Role;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/shows}: create, list, read, and change a show's status and details. */
public final class ShowRoutes {

    private final ShowService shows;

    public ShowRoutes(ShowService shows) {
        this.shows = shows;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/shows", ctx -> ctx.status(201).json(shows.create(Bodies.read(ctx, NewShow.class))),
                Role.WRITE);
        routes.get("/api/v1/shows", ctx -> ctx.json(shows.list()), Role.READ);
        routes.get("/api/v1/shows/{showId}", ctx -> ctx.json(shows.get(ctx.pathParam("showId"))), Role.READ);
        routes.patch("/api/v1/shows/{showId}", ctx -> ctx.json(
                shows.patch(ctx.pathParam("showId"), Bodies.read(ctx, ShowPatch.class))), Role.WRITE);
    }
}
