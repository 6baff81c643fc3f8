package io.cuedeck.server.http;

import io.cuedeck.protocol.Me;
import io.javalin.config.RoutesConfig;

/**
 * {@code GET /api/v1/me}: the request's token's name, role and show. Every role may ask (an
 * automation token too): a client checks the token it was given before it shows a producer's
 * buttons to a host, or a scoped host's console opens its show. The token itself is never echoed.
 */
public final class MeRoute {

    public static final String PATH = "/api/v1/me";

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> {
            Principal who = Access.principal(ctx);
            ctx.json(new Me(who.name(), who.role().label(), who.show()));
        }, Role.values());
    }
}
