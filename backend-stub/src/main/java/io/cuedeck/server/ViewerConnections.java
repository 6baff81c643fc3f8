package io.cuedeck.server;

import io.cuedeck.server.audience.SessionlessUpgrades;
import io.javalin.config.JettyConfig;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

/**
 * What accepting tens of thousands of viewer sockets needs from Jetty, measured with the fan-out
 * benchmark (docs/benchmarks.md): a listen backlog that holds a join storm (set on the connector
 * by {@link io.cuedeck.server.http.HttpEdge}: the JDK's default is 50, so a burst of connections
 * was dropped and retried by the clients a second later), upgrades
 * that create no HTTP session ({@link SessionlessUpgrades}), and no per-message compression (a
 * browser asks for permessage-deflate; compressing a 300-byte cue once per viewer costs more CPU
 * than it saves bytes, and defeats encoding a fan-out once). Since the edge upgrades viewer sockets
 * itself on Jetty's core API ({@link io.cuedeck.server.http.FastSocket}, with no compression
 * either), these settings are for the upgrades Javalin still makes: the console's socket and the
 * viewer socket's Javalin twin.
 */
final class ViewerConnections {

    private ViewerConnections() {
    }

    static void configure(JettyConfig jetty) {
        jetty.modifyServletContextHandler(context -> context.addFilter(new FilterHolder(new SessionlessUpgrades()),
                "/*", EnumSet.of(DispatcherType.REQUEST)));
        jetty.modifyWebSocketServletFactory(ws -> ws.getAvailableExtensionNames().remove("permessage-deflate"));
    }
}
