package io.cuedeck.server.http;

import io.cuedeck.protocol.ApiError;
import io.cuedeck.server.engine.EngineUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a JSON {@link ApiError}: our own {@link ApiException}s as they are,
 * Javalin's 404/405/413 with our codes, an unreachable engine as 503, and anything unexpected
 * as a 500 with a generic message (details go to the log, never to the client).
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.body()));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), fromJavalin(e, ctx)));
        routes.exception(EngineUnavailableException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            respond(ctx, 503, new ApiError("unavailable", e.getMessage()));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, internal());
        });
    }

    public static ApiError internal() {
        return new ApiError("internal", "Something went wrong on the server; it has been logged. Try again.");
    }

    public static void respond(Context ctx, int status, ApiError error) {
        ctx.status(status).json(error);
    }

    private static ApiError fromJavalin(HttpResponseException e, Context ctx) {
        switch (e.getStatus()) {
            case 404:
                return new ApiError("not_found", "There is no route " + ctx.method() + " " + ctx.path() + ".");
            case 405:
                return new ApiError("method_not_allowed", ctx.method() + " is not allowed on " + ctx.path() + ".");
            case 413:
                return new ApiError("payload_too_large", "The request body is larger than "
                        + Bodies.MAX_BYTES / 1024 + " KiB.");
            default:
                if (e.getStatus() >= 500) {
                    LOG.error("{} {} failed with {}", ctx.method(), ctx.path(), e.getStatus(), e);
                    return internal();
                }
                return new ApiError("bad_request", e.getMessage());
        }
    }
}
