package io.cuedeck.server.fire;

import io.cuedeck.protocol.Fire;
import io.cuedeck.protocol.FireRequest;
import io.cuedeck.server.audit.Audit;
import io.cuedeck.server.audit.FireAudit;
import io.cuedeck.server.control.OnAirGate;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.Checks;
import io.cuedeck.server.http.Role;
import io.cuedeck.server.shows.ShowDirectory;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.Instant;

/**
 * Fire a cue (202 with the receipt), list a show's fires, close a fire's window, reveal its results.
 * Fire, close and reveal are refused (409) to a caller that does not hold TAKE while a console holds
 * it ({@link OnAirGate}), and are recorded in the audit trail before they answer.
 */
public final class FireRoutes {

    private static final String FIRE = "/api/v1/shows/{showId}/fires/{fireId}";

    private final FireService fires;
    private final FireControl control;
    private final ShowDirectory shows;
    // Producer-side hardening (issue 13): who holds TAKE, and the audit trail.
    private final OnAirGate takeControl;
    private final Audit audit;
    private final Clock clock;

    public FireRoutes(FireService fires, FireControl control, ShowDirectory shows, OnAirGate takeControl, Audit audit,
            Clock clock) {
        this.fires = fires;
        this.control = control;
        this.shows = shows;
        this.takeControl = takeControl;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/shows/{showId}/cues/{cueId}/fire", ctx -> {
            String key = Checks.idempotencyKey(ctx.header("Idempotency-Key"));
            FireRequest request = Bodies.readOptional(ctx, FireRequest.class);
            takeControl.allowFire(ctx, ctx.pathParam("showId"), key);
            String receipt = fires.fire(ctx.pathParam("showId"), ctx.pathParam("cueId"), key, request);
            FireAudit.fired(audit, ctx, ctx.pathParam("showId"), key, request, receipt);
            ctx.status(202).contentType("application/json").result(receipt);
        }, Role.FIRE);
        routes.get("/api/v1/shows/{showId}/fires", ctx -> {
            shows.require(ctx.pathParam("showId"));
            ctx.json(control.list(ctx.pathParam("showId")));
        }, Role.READ);
        routes.post(FIRE + "/close", ctx -> {
            takeControl.allowOnAir(ctx, ctx.pathParam("showId"));
            Instant start = clock.instant();
            Fire fire = control.close(ctx.pathParam("showId"), ctx.pathParam("fireId"));
            FireAudit.closed(audit, ctx, fire, start);
            ctx.json(fire);
        }, Role.FIRE);
        routes.post(FIRE + "/reveal", ctx -> {
            takeControl.allowOnAir(ctx, ctx.pathParam("showId"));
            Instant start = clock.instant();
            Fire fire = control.reveal(ctx.pathParam("showId"), ctx.pathParam("fireId"));
            FireAudit.revealed(audit, ctx, fire, start);
            ctx.json(fire);
        }, Role.FIRE);
    }
}
