package io.cuedeck.server.http;

import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a {@link FastRoute} on Jetty's core API: 204, or the refusal its code throws in the
 * API's JSON (with {@code Retry-After} where Javalin's error mapping sets one), timed in the same
 * HTTP metrics as every Javalin route.
 */
final class FastAnswers {

    private final FastRoute route;
    private final HttpMetrics metrics;

    FastAnswers(FastRoute route, HttpMetrics metrics) {
        this.route = route;
        this.metrics = metrics;
    }

    String match(String method, String path) {
        return route.match(method, path);
    }

    void answer(String parameter, byte[] body, Response response, Callback callback) {
        long started = System.nanoTime();
        int status = 204;
        try {
            route.handle(parameter, body);
            response.setStatus(204);
            // the last (empty) write completes the exchange, as every other answer here does: succeeding
            // the callback without one left Jetty to send the response from inside the callback's
            // completion, where it tripped an assertion of its own (AssertionError under -ea)
            response.write(true, org.eclipse.jetty.util.BufferUtil.EMPTY_BUFFER, callback);
        } catch (RuntimeException e) {
            ApiException refusal = ErrorMapping.refusalFor(e, "POST " + route.template());
            status = refusal.status();
            EdgeGuard.refuse(response, callback, status, refusal.body(), ErrorMapping.retryAfter(refusal));
        }
        metrics.record("POST", route.template(), status, System.nanoTime() - started);
    }
}
