package io.cuedeck.server.http;

import io.cuedeck.protocol.ApiError;
import io.cuedeck.server.engine.EngineUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure under a route into a JSON {@link ApiError}: our own {@link ApiException}s
 * as they are, Javalin's and Jetty's HTTP errors (a 404, 405, 413, or a WebSocket upgrade Jetty
 * refuses) with the code for their status, an unreachable engine as 503, and anything unexpected
 * as a 500 with a generic message (details go to the log, never to the client). Client errors
 * are never logged; the lines a client can cause go through a {@link LogThrottle}. What Jetty
 * refuses before a route runs is answered by {@link JettyErrors} in the same words.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final LogThrottle UNAVAILABLE = new LogThrottle(LOG, "engine unavailable");
    private static final LogThrottle BUGS = new LogThrottle(LOG, "request failed");
    /** Retry-After of a 503 that says nothing more precise. */
    private static final long RETRY_UNAVAILABLE_SECONDS = 5;

    /** Status recorded (metrics) for a request whose client closed the connection first, as nginx does. */
    static final int CLIENT_CLOSED = 499;

    private ErrorMapping() {
    }

    /** True when {@code e} is, or was caused by, Jetty's "the other side closed" (a quiet failure). */
    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.io.QuietException) {
                return true;
            }
        }
        return false;
    }

    public static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), fromJavalin(e, ctx)));
        routes.exception(EngineUnavailableException.class, (e, ctx) -> respond(ctx, refusalFor(e, what(ctx))));
        routes.exception(Exception.class, (e, ctx) -> {
            if (e instanceof HttpException http && http.getCode() < 500) {
                respond(ctx, http.getCode(), StatusErrors.of(http.getCode(), http.getReason()));
                return;
            }
            if (clientWentAway(e)) {
                // nobody to answer and nothing wrong on our side (a socket closed mid-upgrade, say)
                ctx.status(CLIENT_CLOSED);
                return;
            }
            respond(ctx, refusalFor(e, what(ctx)));
        });
    }

    private static String what(Context ctx) {
        return ctx.method() + " " + ctx.path();
    }

    /**
     * The refusal for a failure under a route ({@code what}: its method and path), logged as its
     * kind asks: our own refusal as it is, an unreachable engine as 503, anything else as a 500
     * whose details go to the log only. Javalin's handlers above and the routes the edge answers
     * itself ({@link FastRoute}) both answer with it.
     */
    static ApiException refusalFor(Exception e, String what) {
        if (e instanceof ApiException api) {
            return api;
        }
        if (e instanceof EngineUnavailableException unavailable) {
            UNAVAILABLE.warn("{}: {}", what, unavailable.getMessage());
            return new ApiException(503, "unavailable", unavailable.getMessage(), null, RETRY_UNAVAILABLE_SECONDS);
        }
        BUGS.error(what, e);
        ApiError internal = internal();
        return new ApiException(500, internal.error(), internal.message(), null);
    }

    /** The Retry-After of a refusal, as {@link #respond(Context, ApiException)} sets it (0: none). */
    static long retryAfter(ApiException e) {
        if (e.retryAfterSeconds() > 0) {
            return e.retryAfterSeconds();
        }
        return e.status() == 503 ? RETRY_UNAVAILABLE_SECONDS : 0;
    }

    public static ApiError internal() {
        return new ApiError("internal", "Something went wrong on the server; it has been logged. Try again.");
    }

    public static void respond(Context ctx, ApiException e) {
        long retry = retryAfter(e);
        if (retry > 0) {
            ctx.header("Retry-After", String.valueOf(retry));
        }
        respond(ctx, e.status(), e.body());
    }

    /**
     * Writes the error. A refused WebSocket upgrade has no result stream in Javalin, so its body
     * is written to the servlet response directly; that is how a refused console socket gets its
     * JSON too.
     */
    public static void respond(Context ctx, int status, ApiError error) {
        if (ctx.header("Sec-WebSocket-Version") == null) {
            ctx.status(status).json(error);
            return;
        }
        var res = ctx.res();
        if (res.isCommitted()) {
            return;
        }
        byte[] body = StatusErrors.json(error);
        res.setStatus(status);
        res.setContentType("application/json");
        res.setContentLength(body.length);
        try {
            res.getOutputStream().write(body);
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
    }

    private static ApiError fromJavalin(HttpResponseException e, Context ctx) {
        String method = ctx.attribute(EdgeGuard.HEAD) != null ? "HEAD" : ctx.method().name();
        switch (e.getStatus()) {
            case 404:
                return new ApiError("not_found", "There is no route " + method + " " + ctx.path() + ".");
            case 405:
                return new ApiError("method_not_allowed", method + " is not allowed on " + ctx.path() + ".");
            default:
                if (e.getStatus() >= 500) {
                    BUGS.error(ctx.method() + " " + ctx.path() + " failed with " + e.getStatus(), e);
                }
                return StatusErrors.of(e.getStatus(), null);
        }
    }
}
