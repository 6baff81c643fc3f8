package io.cuedeck.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every HTTP request by method, route template (never the concrete path, so
 * ids do not explode the series) and status: {@code http_server_requests_seconds}.
 */
public final class HttpMetrics {

    private static final String STARTED = "cuedeck.started";

    private HttpMetrics() {
    }

    public static void install(RoutesConfig routes, MeterRegistry meters) {
        java.util.Map<Series, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>(); // this registry's
        routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after(ctx -> {
            Long started = ctx.attribute(STARTED);
            Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            String route = matched == null ? "unmatched" : matched.path;
            Series series = new Series(ctx.attribute(EdgeGuard.HEAD) != null ? "HEAD" : ctx.method().name(), route, ctx.statusCode());
            Timer timer = timers.computeIfAbsent(series, k -> Timer.builder("http.server.requests")
                    .tag("method", k.method()).tag("route", k.route()).tag("status", String.valueOf(k.status()))
                    .register(meters));
            timer.record(System.nanoTime() - (started == null ? System.nanoTime() : started), TimeUnit.NANOSECONDS);
        });
    }

    /** One timer per series, looked up without building its tags again (a heartbeat costs a map lookup). */
    private record Series(String method, String route, int status) {
    }

}
