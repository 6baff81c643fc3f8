package io.cuedeck.server.fire;

import io.cuedeck.protocol.FireRequest;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.Checks;
import io.cuedeck.server.http.Role;
import io.cuedeck.server.shows.ShowDirectory;
import io.javalin.config.RoutesConfig;

/** Fire a cue (202 with the receipt), list a show's fires, close a fire's window, reveal its results. */
public final class FireRoutes {

    private static final String FIRE = "/api/v1/shows/{showId}/fires/{fireId}";

    private final FireService fires;
    private final FireControl control;
    private final ShowDirectory shows;

    public FireRoutes(FireService fires, FireControl control, ShowDirectory shows) {
        this.fires = fires;
        this.control = control;
        this.shows = shows;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/shows/{showId}/cues/{cueId}/fire", ctx -> {
            String key = Checks.idempotencyKey(ctx.header("Idempotency-Key"));
            FireRequest request = Bodies.readOptional(ctx, FireRequest.class);
            String receipt = fires.fire(ctx.pathParam("showId"), ctx.pathParam("cueId"), key, request);
            ctx.status(202).contentType("application/json").result(receipt);
        }, Role.FIRE);
        routes.get("/api/v1/shows/{showId}/fires", ctx -> {
            shows.require(ctx.pathParam("showId"));
            ctx.json(control.list(ctx.pathParam("showId")));
        }, Role.READ);
        routes.post(FIRE + "/close", ctx -> ctx.json(
                control.close(ctx.pathParam("showId"), ctx.pathParam("fireId"))), Role.FIRE);
        routes.post(FIRE + "/reveal", ctx -> ctx.json(
                control.reveal(ctx.pathParam("showId"), ctx.pathParam("fireId"))), Role.FIRE);
    }
}
