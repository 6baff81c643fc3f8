package io.cuedeck.server;

import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.ErrorMapping;
import io.cuedeck.server.http.HttpMetrics;
import io.cuedeck.server.http.RouteCatalog;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;

/**
 * The Javalin application of a node: limits (64 KiB bodies, 16 KiB socket messages, a bounded
 * queue of outgoing frames per socket), error mapping, access checks, metrics, and every
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
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = node.config.bind();
            cfg.jetty.port = node.config.port();
            cfg.http.maxRequestSize = Bodies.MAX_BYTES;
            cfg.http.prefer405over404 = true;
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
            cfg.jetty.modifyWebSocketServletFactory(ws -> {
                ws.setMaxTextMessageSize(MAX_SOCKET_MESSAGE);
                ws.setMaxBinaryMessageSize(MAX_SOCKET_MESSAGE);
                ws.setMaxOutgoingFrames(MAX_QUEUED_FRAMES);
                ws.setIdleTimeout(idle);
            });
            catalog.listen(cfg.events);
            ErrorMapping.install(cfg.routes);
            node.access.install(cfg.routes);
            HttpMetrics.install(cfg.routes, node.meters);
            node.opsRoutes.register(cfg.routes);
            node.showRoutes.register(cfg.routes);
            node.cueRoutes.register(cfg.routes);
            node.fireRoutes.register(cfg.routes);
            node.liveRoutes.register(cfg.routes);
            node.reportRoutes.register(cfg.routes);
            node.consoleEndpoint.register(cfg.routes);
            node.viewerRoutes.register(cfg.routes);
            node.viewerEndpoint.register(cfg.routes);
            node.capacityRoutes.register(cfg.routes);
        }).start();
    }
}
