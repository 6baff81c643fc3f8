package io.cuedeck.server.http;

import io.javalin.config.EventConfig;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import io.javalin.websocket.WsHandlerType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The routes Javalin actually registered, collected from its own events, with the roles that may
 * call them. A test holds docs/API.md's route table against this list.
 */
public final class RouteCatalog {

    /** {@code GET /api/v1/shows} for roles {@code producer, host, manager}; no roles: no token needed. */
    public record Route(String method, String path, String roles) {
        @Override
        public String toString() {
            return method + " " + path + " [" + roles + "]";
        }
    }

    private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());

    public void listen(EventConfig events) {
        events.handlerAdded(meta -> {
            HandlerType type = meta.getHttpMethod();
            if (type.isHttpMethod()) {
                routes.add(new Route(type.name(), meta.getPath(), roles(meta.getRoles())));
            }
        });
        events.wsHandlerAdded(meta -> {
            if (meta.getHandlerType() == WsHandlerType.WEBSOCKET) {
                routes.add(new Route("WS", meta.getPath(), roles(meta.getRoles())));
            }
        });
    }

    private static String roles(Set<RouteRole> roles) {
        if (roles.isEmpty()) {
            return "none";
        }
        return roles.stream().map(r -> (Role) r).sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    /** Every route, sorted by path then method. */
    public List<Route> routes() {
        synchronized (routes) {
            return routes.stream().distinct()
                    .sorted(Comparator.comparing(Route::path).thenComparing(Route::method)).toList();
        }
    }
}
