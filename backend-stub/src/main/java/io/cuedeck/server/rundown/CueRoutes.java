package io.cuedeck.server.rundown;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.RundownOrder;
import io.cuedeck.server.audit.Audit;
import io.cuedeck.server.audit.ShowChanges;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.Role;
import io.javalin.config.RoutesConfig;
import java.util.List;

/** {@code /api/v1/shows/{showId}/cues} and {@code .../rundown}: the show's cues and their order. */
public final class CueRoutes {

    private static final String CUES = "/api/v1/shows/{showId}/cues";
    private static final String CUE = CUES + "/{cueId}";

    private final CueService cues;
    private final Audit audit;

    public CueRoutes(CueService cues, Audit audit) {
        this.cues = cues;
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        routes.post(CUES, ctx -> {
            Cue cue = cues.add(ctx.pathParam("showId"), Bodies.read(ctx, CueDraft.class));
            audit.record(ctx, cue.showId(), "cue.created", cue.id(), ShowChanges.cue(cue));
            ctx.status(201).json(cue);
        }, Role.WRITE);
        routes.get(CUES, ctx -> ctx.json(cues.rundown(ctx.pathParam("showId"))), Role.READ);
        routes.get(CUE, ctx -> ctx.json(cues.get(ctx.pathParam("showId"), ctx.pathParam("cueId"))), Role.READ);
        routes.put(CUE, ctx -> {
            Cue cue = cues.update(ctx.pathParam("showId"), ctx.pathParam("cueId"), Bodies.read(ctx, CueDraft.class));
            audit.record(ctx, cue.showId(), "cue.edited", cue.id(), ShowChanges.cue(cue));
            ctx.json(cue);
        }, Role.WRITE);
        routes.delete(CUE, ctx -> {
            Cue gone = cues.get(ctx.pathParam("showId"), ctx.pathParam("cueId"));
            cues.delete(ctx.pathParam("showId"), ctx.pathParam("cueId"));
            audit.record(ctx, gone.showId(), "cue.deleted", gone.id(), ShowChanges.cue(gone));
            ctx.status(204);
        }, Role.WRITE);
        routes.put("/api/v1/shows/{showId}/rundown", ctx -> {
            List<Cue> order = cues.reorder(ctx.pathParam("showId"), Bodies.read(ctx, RundownOrder.class));
            audit.record(ctx, ctx.pathParam("showId"), "rundown.reordered", null, order.size() + " cues in a new order");
            ctx.json(order);
        }, Role.WRITE);
    }
}
