package io.cuedeck.server.rundown;

import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.RundownOrder;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.Role;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/shows/{showId}/cues} and {@code .../rundown}: the show's cues and their order. */
public final class CueRoutes {

    private static final String CUES = "/api/v1/shows/{showId}/cues";
    private static final String CUE = CUES + "/{cueId}";

    private final CueService cues;

    public CueRoutes(CueService cues) {
        this.cues = cues;
    }

    public void register(RoutesConfig routes) {
        routes.post(CUES, ctx -> ctx.status(201).json(
                cues.add(ctx.pathParam("showId"), Bodies.read(ctx, CueDraft.class))), Role.WRITE);
        routes.get(CUES, ctx -> ctx.json(cues.rundown(ctx.pathParam("showId"))), Role.READ);
        routes.get(CUE, ctx -> ctx.json(cues.get(ctx.pathParam("showId"), ctx.pathParam("cueId"))), Role.READ);
        routes.put(CUE, ctx -> ctx.json(cues.update(ctx.pathParam("showId"), ctx.pathParam("cueId"),
                Bodies.read(ctx, CueDraft.class))), Role.WRITE);
        routes.delete(CUE, ctx -> {
            cues.delete(ctx.pathParam("showId"), ctx.pathParam("cueId"));
            ctx.status(204);
        }, Role.WRITE);
        routes.put("/api/v1/shows/{showId}/rundown", ctx -> ctx.json(
                cues.reorder(ctx.pathParam("showId"), Bodies.read(ctx, RundownOrder.class))), Role.WRITE);
    }
}
