package io.cuedeck.server.shows;

import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.server.audit.Audit;
import io.cuedeck.server.audit.ShowChanges;
import io.cuedeck.server.http.Access;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.Role;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/shows}: create, list, read, and change a show's status and details. */
public final class ShowRoutes {

    private final ShowService shows;
    private final Audit audit;

    public ShowRoutes(ShowService shows, Audit audit) {
        this.shows = shows;
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/shows", ctx -> {
            Show created = shows.create(Bodies.read(ctx, NewShow.class));
            audit.record(ctx, created.id(), "show.created", created.id(), created.title());
            ctx.status(201).json(created);
        }, Role.WRITE);
        // a host token tied to one show lists that show only (Access refuses it the others' routes)
        routes.get("/api/v1/shows", ctx -> ctx.json(shows.list(ShowFilters.from(ctx)).stream()
                .filter(s -> Access.reaches(ctx, s.id())).toList()), Role.READ);
        routes.get("/api/v1/shows/{showId}", ctx -> ctx.json(shows.get(ctx.pathParam("showId"))), Role.READ);
        routes.patch("/api/v1/shows/{showId}", ctx -> {
            ShowPatch patch = Bodies.read(ctx, ShowPatch.class);
            Show before = shows.get(ctx.pathParam("showId"));
            Show after = shows.patch(ctx.pathParam("showId"), patch);
            audit.record(ctx, after.id(), ShowChanges.action(before, after), after.id(), ShowChanges.describe(before, after));
            ctx.json(after);
        }, Role.WRITE);
    }
}
