package io.cuedeck.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every HTTP request by method, route template (never the concrete path, so
 * ids do not explode the series) and status: {@code http_server_requests_seconds}.
 */
public final class HttpMetrics {

    private static final String STARTED = "cuedeck.started";

    private final MeterRegistry meters;
    /** One timer per series, looked up without building its tags again (a request costs a map lookup). */
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    public HttpMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Times every request Javalin routes. */
    public void install(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after(ctx -> {
            Long started = ctx.attribute(STARTED);
            Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            record(ctx.attribute(EdgeGuard.HEAD) != null ? "HEAD" : ctx.method().name(),
                    matched == null ? "unmatched" : matched.path, ctx.statusCode(),
                    started == null ? 0 : System.nanoTime() - started);
        });
    }

    /** Times one request; for the routes the edge answers itself ({@link FastRoute}) as for Javalin's. */
    public void record(String method, String route, int status, long nanos) {
        timers.computeIfAbsent(new Series(method, route, status), k -> Timer.builder("http.server.requests")
                .tag("method", k.method()).tag("route", k.route()).tag("status", String.valueOf(k.status()))
                .register(meters)).record(nanos, TimeUnit.NANOSECONDS);
    }

    private record Series(String method, String route, int status) {
    }
}
