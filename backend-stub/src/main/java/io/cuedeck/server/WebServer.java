package io.cuedeck.server;

import io.cuedeck.server.audience.ViewerEndpoint;
import io.cuedeck.server.capacity.CapacityRoutes;
import io.cuedeck.server.capacity.calendar.CalendarFetcher;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.ErrorMapping;
import io.cuedeck.server.http.HttpEdge;
import io.cuedeck.server.http.OpsAccess;
import io.cuedeck.server.http.HttpMetrics;
import io.cuedeck.server.http.RouteCatalog;
import io.cuedeck.server.tls.TlsConnector;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;

/**
 * The Javalin application of a node: limits (64 KiB bodies, 16 KiB socket messages, a bounded
 * queue of outgoing frames per socket), the edge in front of it ({@link HttpEdge}: listeners,
 * client limits, Jetty's errors as JSON), error mapping, access checks, metrics, and every
 * feature's routes.
 */
final class WebServer {

    static final int MAX_SOCKET_MESSAGE = 16 * 1024;
    /** Frames queued for one slow socket before its sends fail (and count as failed deliveries). */
    static final int MAX_QUEUED_FRAMES = 256;

    private WebServer() {
    }

    static Javalin start(Node node, RouteCatalog catalog) {
        Duration idle = node.config.presenceTtl().compareTo(Duration.ofSeconds(60)) < 0
                ? Duration.ofSeconds(60) : node.config.presenceTtl();
        HttpMetrics metrics = new HttpMetrics(node.meters);
        HttpEdge edge = new HttpEdge(node.limits, OpsAccess.from(node.config.source()),
                java.util.Map.of(CapacityRoutes.IMPORT, CalendarFetcher.MAX_BYTES))
                // heartbeats are answered by the edge itself, without the servlet and Javalin (issue 10)
                .answering(node.viewerRoutes.heartbeatRoute(), metrics)
                // viewer sockets are upgraded by the edge itself, on Jetty's core WebSocket API (issue 10)
                .upgrading(node.viewerEndpoint.edgeUpgrade(node.originCheck, limits -> {
                    limits.setMaxTextMessageSize(MAX_SOCKET_MESSAGE);
                    limits.setMaxBinaryMessageSize(MAX_SOCKET_MESSAGE);
                    limits.setMaxOutgoingFrames(MAX_QUEUED_FRAMES);
                    limits.setIdleTimeout(idle);
                }));
        // HTTPS and WSS on the public listener when CUEDECK_TLS_KEYSTORE is set (issue 13)
        node.tls.ifPresent(tls -> edge.speaking(http -> TlsConnector.factories(http, tls)));
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            edge.install(cfg, node.config.bind(), node.config.port());
            cfg.http.maxRequestSize = Bodies.MAX_BYTES;
            cfg.http.prefer405over404 = true;
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
            cfg.jetty.modifyWebSocketServletFactory(ws -> {
                ws.setMaxTextMessageSize(MAX_SOCKET_MESSAGE);
                ws.setMaxBinaryMessageSize(MAX_SOCKET_MESSAGE);
                ws.setMaxOutgoingFrames(MAX_QUEUED_FRAMES);
                ws.setIdleTimeout(idle);
            });
            // the connect path at broadcast scale (issue 10): see ViewerConnections
            ViewerConnections.configure(cfg.jetty);
            catalog.listen(cfg.events);
            ErrorMapping.install(cfg.routes);
            node.access.install(cfg.routes);
            metrics.install(cfg.routes);
            node.opsRoutes.register(cfg.routes, edge.ops());
            node.showRoutes.register(cfg.routes);
            node.cueRoutes.register(cfg.routes);
            node.fireRoutes.register(cfg.routes);
            node.liveRoutes.register(cfg.routes);
            node.reportRoutes.register(cfg.routes);
            node.exportRoutes.register(cfg.routes);
            node.consoleEndpoint.register(cfg.routes);
            node.viewerRoutes.register(cfg.routes);
            node.viewerEndpoint.register(cfg.routes);
            node.watchRoutes.register(cfg.routes);
            cfg.routes.wsBeforeUpgrade(ViewerEndpoint.PATH, node.originCheck::check);
            node.capacityRoutes.register(cfg.routes);
            node.auditRoutes.register(cfg.routes);
            node.controlRoutes.register(cfg.routes);
            new io.cuedeck.server.http.OpenApiRoute().register(cfg.routes);
            new io.cuedeck.server.http.MeRoute().register(cfg.routes);
        }).start();
    }
}
