package io.cuedeck.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bearer-token checks. A route declared with roles requires a token of one of them: none or an
 * unknown token is 401, a known token of another role 403. The console socket may pass its token
 * as {@code ?token=} because browsers cannot set headers on a WebSocket.
 */
public final class Access {

    private final Tokens tokens;

    public Access(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Checks every HTTP route that was declared with roles, before its handler runs. */
    public void install(RoutesConfig routes) {
        routes.beforeMatched(ctx -> {
            Set<RouteRole> roles = ctx.routeRoles();
            if (!roles.isEmpty()) {
                require(bearer(ctx.header("Authorization")), roles);
            }
        });
    }

    /** For a socket upgrade: the header's token, else the {@code token} query parameter. */
    public Role requireForSocket(Context ctx, Role... allowed) {
        String token = bearer(ctx.header("Authorization"));
        if (token == null) {
            token = ctx.queryParam("token");
        }
        return require(token, Arrays.asList(allowed));
    }

    private Role require(String token, Collection<? extends RouteRole> allowed) {
        if (token == null || token.isEmpty()) {
            throw ApiException.unauthorized("Send a token: Authorization: Bearer <token>.");
        }
        Role role = tokens.roleOf(token).orElseThrow(
                () -> ApiException.unauthorized("The token is not valid for this server."));
        if (!allowed.contains(role)) {
            String needed = allowed.stream().map(r -> ((Role) r).label()).collect(Collectors.joining(" or "));
            String article = "aeiou".indexOf(role.label().charAt(0)) >= 0 ? "An " : "A ";
            throw ApiException.forbidden(article + role.label() + " token cannot do this; it needs " + needed + ".");
        }
        return role;
    }

    private static String bearer(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        if (h.length() > 7 && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return h.substring(7).trim();
        }
        return "";
    }
}
