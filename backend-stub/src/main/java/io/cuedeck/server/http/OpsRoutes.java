package io.cuedeck.server.http;

import io.cuedeck.protocol.Health;
import io.cuedeck.server.Version;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.hot.HotEngine;
import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * {@code GET /health} and {@code GET /metrics} (Prometheus text). Neither needs a token unless the
 * operator restricts them ({@link OpsAccess}): then {@code /metrics} is refused and {@code /health}
 * says only {@code ok} or {@code degraded} to a request that is not allowed the details.
 */
public final class OpsRoutes {

    private final HotEngine hot;
    private final ColdStore cold;
    private final PrometheusMeterRegistry meters;
    private final String nodeId;

    public OpsRoutes(HotEngine hot, ColdStore cold, PrometheusMeterRegistry meters, String nodeId) {
        this.hot = hot;
        this.cold = cold;
        this.meters = meters;
        this.nodeId = nodeId;
    }

    public void register(RoutesConfig routes) {
        register(routes, OpsAccess.open());
    }

    public void register(RoutesConfig routes, OpsAccess access) {
        routes.get("/health", ctx -> {
            Health health = health();
            ctx.json(access.allows(ctx) ? health : new Health(health.status(), null, null, null, null));
        });
        routes.get("/metrics", ctx -> {
            if (!access.allows(ctx)) {
                throw access.refusal();
            }
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(meters.scrape());
        });
    }

    public Health health() {
        boolean hotUp = hot.isUp();
        boolean coldUp = cold.isUp();
        return new Health(hotUp && coldUp ? "ok" : "degraded", hot.name() + (hotUp ? "" : " (down)"),
                cold.name() + (coldUp ? "" : " (down)"), Version.VERSION, nodeId);
    }
}
