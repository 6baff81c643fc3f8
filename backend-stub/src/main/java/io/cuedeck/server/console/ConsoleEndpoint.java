package io.cuedeck.server.console;

import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.server.engine.hot.FireLedger;
import io.cuedeck.server.http.Access;
import io.cuedeck.server.http.Role;
import io.cuedeck.server.shows.ShowDirectory;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsContext;

/**
 * {@code WS /api/v1/shows/{showId}/console}: the console's live feed. The roles declared on the
 * route are documentation; the check itself runs before the upgrade, which is refused with
 * 401/403 (no or wrong token; header or {@code ?token=}) or 404 (unknown show) and a JSON error.
 * On connect the console gets the engines' status and every fire whose window is open.
 */
public final class ConsoleEndpoint {

    public static final String PATH = "/api/v1/shows/{showId}/console";

    private final Access access;
    private final ShowDirectory shows;
    private final ConsoleHub hub;
    private final EngineWatch engines;
    private final FireLedger ledger;

    public ConsoleEndpoint(Access access, ShowDirectory shows, ConsoleHub hub, EngineWatch engines, FireLedger ledger) {
        this.access = access;
        this.shows = shows;
        this.hub = hub;
        this.engines = engines;
        this.ledger = ledger;
    }

    public void register(RoutesConfig routes) {
        routes.wsBeforeUpgrade(PATH, ctx -> {
            access.requireForSocket(ctx, Role.READ);
            shows.require(ctx.pathParam("showId"));
        });
        routes.ws(PATH, ws -> {
            ws.onConnect(ctx -> {
                String showId = ctx.pathParam("showId");
                hub.add(showId, ctx.session);
                ConsoleHub.sendTo(ctx.session, engines.current());
                for (FireLedger.LiveFire f : ledger.openFires(showId)) {
                    ConsoleHub.sendTo(ctx.session, new FireStarted(f.fireId(), f.cueId(), f.kind(), f.firedAt(),
                            f.closesAt(), f.targeted()));
                }
            });
            ws.onClose(this::leave);
            ws.onError(this::leave);
        }, Role.READ);
    }

    private void leave(WsContext ctx) {
        hub.remove(ctx.pathParam("showId"), ctx.session);
    }
}
