package io.cuedeck.server;

import io.cuedeck.server.http.RouteCatalog.Route;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started server: where it listens, who it is, and how to stop it (gracefully, once). */
public final class RunningServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);

    private final Node node;
    private final Javalin app;
    private final List<Route> routes;
    private final String producerToken;
    private final Path generatedTokenFile;
    private boolean stopped;

    RunningServer(Node node, Javalin app, List<Route> routes, String producerToken, Path generatedTokenFile) {
        this.node = node;
        this.app = app;
        this.routes = routes;
        this.producerToken = producerToken;
        this.generatedTokenFile = generatedTokenFile;
    }

    public int port() {
        return app.port();
    }

    /** {@code http://<bind>:<port>}, or {@code https://} when TLS is configured. */
    public String baseUrl() {
        String host = node.config.bind().contains(":") ? "[" + node.config.bind() + "]" : node.config.bind();
        return (node.tls.isPresent() ? "https://" : "http://") + host + ":" + port();
    }

    /** The port of the operations listener ({@code CUEDECK_OPS_BIND}), when there is one. */
    public java.util.OptionalInt opsPort() {
        for (var connector : app.jettyServer().server().getConnectors()) {
            if ("ops".equals(connector.getName()) && connector instanceof org.eclipse.jetty.server.ServerConnector c) {
                return java.util.OptionalInt.of(c.getLocalPort());
            }
        }
        return java.util.OptionalInt.empty();
    }

    public String nodeId() {
        return node.config.nodeId();
    }

    /** A producer token this server accepts (the generated one when none was configured). */
    public Optional<String> producerToken() {
        return Optional.ofNullable(producerToken);
    }

    /** Where the generated producer token was written, when no tokens were configured. */
    public Optional<Path> generatedTokenFile() {
        return Optional.ofNullable(generatedTokenFile);
    }

    /** Every route with the roles that may call it (WebSockets as method {@code WS}). */
    public List<Route> routes() {
        return routes;
    }

    /** Stops taking requests, writes the last snapshot, drains the answer journal, closes the engines. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            app.stop();
        } catch (RuntimeException e) {
            LOG.warn("the HTTP server did not stop cleanly", e);
        }
        node.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
