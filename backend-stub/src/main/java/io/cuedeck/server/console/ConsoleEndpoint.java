package io.cuedeck.server.console;

import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.server.control.ConsoleIds;
import io.cuedeck.server.control.ControlWatch;
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
 * On connect the console gets the engines' status, every fire whose window is open, and who holds
 * TAKE ({@code control}; a console names itself with the {@code Cuedeck-Console} header or
 * {@code ?console=}).
 */
public final class ConsoleEndpoint {

    public static final String PATH = "/api/v1/shows/{showId}/console";

    private final Access access;
    private final ShowDirectory shows;
    private final ConsoleHub hub;
    private final EngineWatch engines;
    private final FireLedger ledger;
    private final ControlWatch control;

    public ConsoleEndpoint(Access access, ShowDirectory shows, ConsoleHub hub, EngineWatch engines, FireLedger ledger,
            ControlWatch control) {
        this.access = access;
        this.shows = shows;
        this.hub = hub;
        this.engines = engines;
        this.ledger = ledger;
        this.control = control;
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
                // Who holds TAKE, told to this console in its own words; its stream keeps a held lease alive.
                String consoleId = ctx.header(ConsoleIds.HEADER) != null ? ctx.header(ConsoleIds.HEADER)
                        : ctx.queryParam("console");
                control.joined(showId, ctx.session, consoleId,
                        access.principalOfSocket(ctx.header("Authorization"), ctx.queryParam("token")));
            });
            ws.onClose(this::leave);
            ws.onError(this::leave);
        }, Role.READ);
    }

    private void leave(WsContext ctx) {
        hub.remove(ctx.pathParam("showId"), ctx.session);
        control.left(ctx.pathParam("showId"), ctx.session);
    }
}
