package io.cuedeck.server.http;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at every open connection once a second and drops the ones that hold the server up: a
 * request whose headers are still arriving after the header timeout (slowloris), more such
 * requests from one address than it may have unfinished, and a connection, HTTP or WebSocket,
 * whose writes have made no progress for the slow-reader time (a viewer that stopped reading:
 * its socket is closed, so fan-out never waits on it and its queue is freed). Jetty's idle
 * timeout cannot do this: a trickle of bytes keeps a connection "active".
 */
public final class ConnectionWatch extends AbstractLifeCycle {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionWatch.class);

    /** What was seen of one connection: since when it is stuck, and at which count. */
    private record Seen(long sinceNanos, long mark) {
    }

    private final Server server;
    private final LimitsConfig limits;
    private final ClientLimits clients;
    private final SocketCaps sockets;
    private final LogThrottle slowHeaders = new LogThrottle(LOG, "slow request headers");
    private final LogThrottle slowReaders = new LogThrottle(LOG, "slow reader");
    private Map<EndPoint, Seen> headers = new IdentityHashMap<>();
    private Map<EndPoint, Seen> writes = new IdentityHashMap<>();
    private ScheduledExecutorService timer;
    private long sweeps;

    public ConnectionWatch(Server server, LimitsConfig limits, ClientLimits clients, SocketCaps sockets) {
        this.server = server;
        this.limits = limits;
        this.clients = clients;
        this.sockets = sockets;
    }

    @Override
    protected void doStart() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cuedeck-connection-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::safeSweep, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    protected void doStop() {
        timer.shutdownNow();
    }

    private void safeSweep() {
        try {
            sweep(System.nanoTime());
        } catch (RuntimeException e) {
            LOG.warn("connection watch failed; it runs again in a second", e);
        }
    }

    /** One look at every connection (package-private: tests call it with their own clock). */
    void sweep(long now) {
        Map<EndPoint, Seen> nextHeaders = new IdentityHashMap<>();
        Map<EndPoint, Seen> nextWrites = new IdentityHashMap<>();
        Map<String, List<EndPoint>> arriving = new HashMap<>();
        for (Connector connector : server.getConnectors()) {
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                Connection connection = endPoint.getConnection();
                if (connection instanceof HttpConnection http && sendingHeaders(http.getParser())) {
                    Seen seen = headers.getOrDefault(endPoint, new Seen(now, http.getMessagesIn()));
                    if (seen.mark() != http.getMessagesIn()) {
                        seen = new Seen(now, http.getMessagesIn());
                    }
                    if (now - seen.sinceNanos() >= limits.headerTimeout().toNanos()) {
                        slowHeaders.warn("closed a connection from {} whose request headers took over {} s",
                                address(endPoint), limits.headerTimeout().toSeconds());
                        endPoint.close();
                        continue;
                    }
                    nextHeaders.put(endPoint, seen);
                    if (!(endPoint.getRemoteSocketAddress() instanceof InetSocketAddress a && a.getAddress() != null
                            && limits.trustedProxies().trusts(a.getAddress()))) {
                        arriving.computeIfAbsent(address(endPoint), k -> new ArrayList<>()).add(endPoint);
                    }
                }
                if (connection != null && endPoint instanceof AbstractEndPoint e && e.getWriteFlusher().isPending()) {
                    Seen seen = writes.getOrDefault(endPoint, new Seen(now, connection.getBytesOut()));
                    if (seen.mark() != connection.getBytesOut()) {
                        seen = new Seen(now, connection.getBytesOut());
                    }
                    if (now - seen.sinceNanos() >= limits.slowReader().toNanos()) {
                        slowReaders.warn("closed a connection to {} that read nothing for {} s",
                                address(endPoint), limits.slowReader().toSeconds());
                        endPoint.close();
                        continue;
                    }
                    nextWrites.put(endPoint, seen);
                }
            }
        }
        headers = nextHeaders;
        writes = nextWrites;
        Map<String, Integer> counts = new HashMap<>();
        arriving.forEach((ip, endPoints) -> {
            // beyond the cap, the newest are closed: the oldest finish first or time out
            endPoints.sort(java.util.Comparator.comparingLong(e -> nextHeaders.get(e).sinceNanos()));
            for (int i = limits.unfinishedPerIp(); i < endPoints.size(); i++) {
                endPoints.get(i).close();
            }
            counts.put(ip, Math.min(endPoints.size(), limits.unfinishedPerIp()));
        });
        clients.headersArriving(counts);
        if (++sweeps % 10 == 0) {
            clients.sweep();
            sockets.sweep();
        }
    }

    private static boolean sendingHeaders(HttpParser parser) {
        int state = parser.getState().ordinal();
        return state > HttpParser.State.START.ordinal() && state <= HttpParser.State.HEADER.ordinal();
    }

    private static String address(EndPoint endPoint) {
        return endPoint.getRemoteSocketAddress() instanceof InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : "unknown";
    }
}
