package io.cuedeck.server.watch;

import io.cuedeck.server.Json;
import io.cuedeck.server.http.ApiException;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The viewer socket's upgrade check: a browser names the page that opens a socket in its
 * {@code Origin} header, and only pages of the {@link AllowedOrigins} may; without it another web
 * site could drive viewer sockets (and answers) from its own visitors' browsers. A request with no
 * {@code Origin} is a native app and passes. A refusal is a 403 {@code forbidden} with the API's JSON
 * error, before any socket exists, and is counted in {@code cuedeck_viewer_origin_refused_total}.
 */
public final class OriginCheck {

    private static final int MAX_SHOWN = 200;

    private final AllowedOrigins allowed;
    private final Counter refused;

    public OriginCheck(AllowedOrigins allowed, MeterRegistry meters) {
        this.allowed = allowed;
        this.refused = Counter.builder("cuedeck.viewer.origin.refused")
                .description("viewer socket upgrades refused for their Origin").register(meters);
    }

    /** Throws a 403 unless the upgrade's origin may open viewer sockets (the Javalin twin's upgrade). */
    public void check(Context ctx) {
        ApiException refusal = refusal(ctx.header("Origin"), ctx.header("Host"), ctx.scheme());
        if (refusal != null) {
            refuse(ctx, refusal);
        }
    }

    /** Throws a 403 unless the upgrade's origin may open viewer sockets (the edge's upgrade, on Jetty's core API). */
    public void check(org.eclipse.jetty.server.Request request) {
        var headers = request.getHeaders();
        ApiException refusal = refusal(headers.get("Origin"), headers.get("Host"), request.getHttpURI().getScheme());
        if (refusal != null) {
            throw refusal;
        }
    }

    /** The 403 for an upgrade from {@code origin} (counted), or null when it may open a socket. */
    private ApiException refusal(String origin, String host, String scheme) {
        if (origin == null) {
            return null;
        }
        String own = host == null ? null : scheme + "://" + host;
        if (allowed.allows(origin, own)) {
            return null;
        }
        refused.increment();
        String shown = origin.length() > MAX_SHOWN ? origin.substring(0, MAX_SHOWN) + "..." : origin;
        return ApiException.forbidden("Pages from " + shown + " may not open viewer sockets on this server; "
                + "the allowed pages are set with " + AllowedOrigins.KEY + ".");
    }

    /**
     * Writes the error itself, then throws to stop the upgrade: on the upgrade path Javalin hands an
     * exception to the error mapping but never writes the result it sets, so the client would get
     * the status with an empty body.
     */
    private static void refuse(Context ctx, ApiException error) {
        byte[] body = Json.write(error.body()).getBytes(StandardCharsets.UTF_8);
        try {
            ctx.res().setStatus(error.status());
            ctx.res().setContentType("application/json");
            ctx.res().setContentLength(body.length);
            ctx.res().getOutputStream().write(body);
            ctx.res().flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
        throw error;
    }
}
