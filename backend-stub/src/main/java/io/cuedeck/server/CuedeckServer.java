package io.cuedeck.server;

import io.cuedeck.server.config.ServerConfig;
import io.cuedeck.server.engine.Engines;
import io.cuedeck.server.engine.cold.ColdStore;
import io.cuedeck.server.engine.hot.HotEngine;
import io.cuedeck.server.http.RouteCatalog;
import io.cuedeck.server.http.TokenFile;
import io.cuedeck.server.http.TokenHashFile;
import io.cuedeck.server.http.Tokens;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The composition root: reads nothing itself (the config is given), picks the engines, builds the
 * node, starts HTTP. Embeddable: the console and tests start servers in-process, port 0 for a free
 * port. A start that fails releases what it had opened and throws (a
 * {@link io.cuedeck.server.config.ConfigException} for configuration).
 */
public final class CuedeckServer {

    private CuedeckServer() {
    }

    public static RunningServer start(ServerConfig config) {
        return start(config, Clock.tickMillis(ZoneOffset.UTC));
    }

    /** With a clock of the caller's (tests); the server's instants are millisecond-precise. */
    public static RunningServer start(ServerConfig config, Clock clock) {
        io.cuedeck.server.capacity.CapacityConfig.from(config.source()); // a bad capacity key stops before any engine opens
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        HotEngine hot = Engines.hot(config, meters, clock);
        ColdStore cold;
        try {
            cold = Engines.cold(config, meters);
        } catch (RuntimeException e) {
            hot.close();
            throw e;
        }
        return start(config, clock, meters, hot, cold);
    }

    /**
     * With engines the caller made (a test that makes an engine fail, say) instead of the ones
     * the configuration names; the server closes them when it stops.
     */
    public static RunningServer start(ServerConfig config, Clock clock, HotEngine hot, ColdStore cold) {
        return start(config, clock, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), hot, cold);
    }

    private static RunningServer start(ServerConfig config, Clock clock, PrometheusMeterRegistry meters,
            HotEngine hot, ColdStore cold) {
        Tokens tokens = config.tokens();
        Path tokenFile = null;
        Node node = null;
        try {
            if (tokens.isEmpty() && config.source().get(TokenHashFile.KEY).isEmpty()) {
                tokens = Tokens.producer(TokenFile.readOrCreate(config.dataDir()));
                tokenFile = config.dataDir().resolve(TokenFile.NAME).toAbsolutePath();
            }
            node = new Node(config, tokens, hot, cold, meters, clock);
            node.start();
            RouteCatalog routes = new RouteCatalog();
            Javalin app = WebServer.start(node, routes);
            return new RunningServer(node, app, routes.routes(), tokens.producerToken().orElse(null), tokenFile);
        } catch (RuntimeException e) {
            if (node != null) {
                node.stop();
            } else {
                hot.close();
                cold.close();
            }
            throw e;
        }
    }
}
