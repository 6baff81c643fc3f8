package io.cuedeck.server.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.session.NullSessionCache;
import org.eclipse.jetty.session.NullSessionDataStore;

/**
 * The server's edge, wired into Jetty in one place: the listeners (the public one, and the
 * operations one when configured), the cap on TCP connections, Jetty's error pages as JSON, the
 * {@link EdgeGuard} in front of every request, the {@link SocketCaps} told about every closed
 * WebSocket, and the {@link ConnectionWatch}. Every route gets all of it, whoever adds the route.
 */
public final class HttpEdge {

    private final LimitsConfig limits;
    private final OpsAccess ops;
    private final ClientLimits clients;
    private final SocketCaps sockets;
    /** The one route the edge answers itself, or null ({@link #answering}). */
    private FastAnswers fast;
    /** The one WebSocket the edge upgrades itself, or null ({@link #upgrading}). */
    private FastSockets fastSockets;
    /** Connections the OS queues before they are accepted: a join storm must not meet the JDK's 50. */
    public static final int ACCEPT_QUEUE = 4096;

    private final JettyErrors errors = new JettyErrors();

    private final java.util.Map<String, Integer> largerBodies;
    /** What the public listener speaks: plain HTTP/1.1, or TLS first when configured (issue 13). */
    private java.util.function.Function<HttpConfiguration, org.eclipse.jetty.server.ConnectionFactory[]> publicProtocols =
            http -> new org.eclipse.jetty.server.ConnectionFactory[] {new HttpConnectionFactory(http)};

    /** {@code largerBodies}: exact paths allowed a body over the API's 64 KiB, with their limit. */
    public HttpEdge(LimitsConfig limits, OpsAccess ops, java.util.Map<String, Integer> largerBodies) {
        this.limits = limits;
        this.largerBodies = largerBodies;
        this.ops = ops;
        this.clients = new ClientLimits(limits);
        this.sockets = new SocketCaps(limits);
    }

    /**
     * The public listener speaks these protocols instead of plain HTTP (HTTPS and WSS: the TLS
     * connection factory, then HTTP); the operations listener stays plain. Call before {@link #install}.
     */
    public HttpEdge speaking(java.util.function.Function<HttpConfiguration, org.eclipse.jetty.server.ConnectionFactory[]> protocols) {
        this.publicProtocols = protocols;
        return this;
    }

    /** The edge answers {@code route} itself, timed in {@code metrics} (see {@link FastRoute}). Call before {@link #install}. */
    public HttpEdge answering(FastRoute route, HttpMetrics metrics) {
        this.fast = new FastAnswers(route, metrics);
        return this;
    }

    /** The edge upgrades {@code socket} itself (see {@link FastSocket}). Call before {@link #install}. */
    public HttpEdge upgrading(FastSocket socket) {
        this.fastSockets = new FastSockets(socket);
        return this;
    }

    /** Listens on {@code host:port} (port 0: a free one); Javalin's own host and port are not used. */
    public void install(JavalinConfig cfg, String host, int port) {
        cfg.jetty.addConnector((server, http) -> connector(server, publicProtocols.apply(http), host, port));
        if (ops.bind() != null) {
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector c = connector(server, new org.eclipse.jetty.server.ConnectionFactory[] {
                    new HttpConnectionFactory(http)}, ops.bind().host(), ops.bind().port());
                c.setName("ops");
                ops.listeningOn(c::getLocalPort);
                return c;
            });
        }
        cfg.jetty.modifyServer(server -> {
            server.setErrorHandler(errors);
            if (fastSockets != null) {
                fastSockets.attach(server);
            }
            server.insertHandler(new EdgeGuard(limits, clients, sockets, largerBodies, fast, fastSockets));
            server.addBean(new NetworkConnectionLimit(limits.connectionsPerNode(), server));
            server.addBean(new ConnectionWatch(server, limits, clients, sockets));
        });
        cfg.jetty.modifyServletContextHandler(context -> {
            context.setErrorHandler(errors);
            forgetSessions(context.getSessionHandler());
        });
    }

    /**
     * Javalin asks for the HTTP session of every WebSocket upgrade (to copy its attributes), which
     * made Jetty create one per viewer socket and keep it for 30 minutes: an anonymous client
     * could fill the heap by reconnecting. Nothing here uses sessions, so none is kept or sent.
     */
    private static void forgetSessions(SessionHandler sessions) {
        if (sessions != null) {
            sessions.setUsingCookies(false);
            NullSessionCache cache = new NullSessionCache(sessions);
            cache.setSessionDataStore(new NullSessionDataStore());
            sessions.setSessionCache(cache);
        }
    }

    public OpsAccess ops() {
        return ops;
    }

    public SocketCaps sockets() {
        return sockets;
    }

    private ServerConnector connector(Server server, org.eclipse.jetty.server.ConnectionFactory[] protocols, String host,
            int port) {
        ServerConnector connector = new ServerConnector(server, protocols);
        connector.setHost(host);
        connector.setPort(port);
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        connector.addEventListener(sockets);
        return connector;
    }
}
