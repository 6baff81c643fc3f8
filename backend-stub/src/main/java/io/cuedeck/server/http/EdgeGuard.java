package io.cuedeck.server.http;

import io.cuedeck.protocol.ApiError;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler of every request, before Javalin: the one place where requests are judged
 * as bytes. It refuses a malformed query (400), a body over the limit by its Content-Length (413,
 * before reading it), clients over their rates (429 with Retry-After), hands WebSocket upgrades
 * to the {@link UpgradeGuard} (and the {@link FastSocket}'s to its core upgrade), and reads every body ahead without holding a thread
 * ({@link BodyLoader}: 408 when it is too slow). What passes is
 * handed on as an {@link EdgeRequest}: HEAD as GET, so it meets the same token check and routing.
 */
public final class EdgeGuard extends Handler.Wrapper {

    /** The request attribute holding the client's address (after trusted proxies). */
    public static final String CLIENT = "cuedeck.client";
    /** Set on a HEAD request that the routes see as GET. */
    public static final String HEAD = "cuedeck.head";
    /**
     * The body read ahead (a {@code byte[]}), for {@link Bodies}: the route takes it as it is
     * instead of reading it again through the servlet input (a second copy per request).
     */
    static final String BODY = "cuedeck.body";

    private final LimitsConfig limits;
    private final ClientLimits clients;
    private final UpgradeGuard upgrades;
    private final Map<String, Integer> largerBodies;
    private final FastAnswers fast;
    private final FastSockets sockets;

    /**
     * {@code largerBodies}: the few exact paths whose bodies may exceed {@link Bodies#MAX_BYTES}
     * (a calendar import), with their own limit; every other path has the API's limit. {@code fast}:
     * the requests it answers itself once their bodies are read (null: none). {@code fastSockets}: the
     * WebSocket it upgrades itself once admitted (null: none).
     */
    EdgeGuard(LimitsConfig limits, ClientLimits clients, SocketCaps sockets, Map<String, Integer> largerBodies,
            FastAnswers fast, FastSockets fastSockets) {
        this.fast = fast;
        this.sockets = fastSockets;
        this.limits = limits;
        this.clients = clients;
        this.upgrades = new UpgradeGuard(clients, sockets);
        this.largerBodies = Map.copyOf(largerBodies);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String ip = client(request);
        request.setAttribute(CLIENT, ip);
        HttpURI uri = request.getHttpURI();
        if (uri.getQuery() != null && !PercentEscapes.validQuery(uri.getQuery())) {
            return refuse(response, callback, 400, new ApiError("bad_request", "The query string has a malformed "
                    + "%-escape or is not UTF-8."), 0);
        }
        String path = PercentEscapes.literalise(uri.getPath());
        HttpURI routed = path.equals(uri.getPath()) ? uri : HttpURI.build(uri).path(path).asImmutable();
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        if (head) {
            request.setAttribute(HEAD, Boolean.TRUE);
        }
        Request edge = new EdgeRequest(request, head ? "GET" : request.getMethod(), routed, null);
        if (isUpgrade(request)) {
            Callback admitted = upgrades.admit(edge, response, callback, ip, path);
            return admitted == null || upgradeHere(edge, response, admitted, path) || dispatch(edge, response, admitted);
        }
        long wait = clients.request(ClientLimits.kind(request.getMethod(), path), ip);
        if (wait > 0) {
            return refuse(response, callback, 429, new ApiError("rate_limited", "This address sends more requests "
                    + "of this kind than allowed; wait " + wait + " s."), wait);
        }
        long length = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING, "chunked");
        int max = largerBodies.getOrDefault(path, Bodies.MAX_BYTES);
        if (length > max) {
            return tooLarge(request, response, callback, length, max);
        }
        if (length <= 0 && !chunked) {
            return super.handle(edge, response, callback);
        }
        if (!clients.startUnfinished(ip)) {
            return refuse(response, callback, 429, new ApiError("too_many_unfinished", "This address has "
                    + limits.unfinishedPerIp() + " requests still arriving, the most allowed."), 5);
        }
        new BodyLoader(request, max, body -> {
            clients.endUnfinished(ip);
            String parameter = fast == null ? null : fast.match(edge.getMethod(), path);
            if (parameter != null) {
                fast.answer(parameter, body, response, callback);
                return;
            }
            request.setAttribute(BODY, body);
            dispatch(new EdgeRequest(request, edge.getMethod(), routed, body), response, callback);
        }, (failure, cause) -> {
            clients.endUnfinished(ip);
            switch (failure) {
                case TOO_LARGE -> tooLarge(request, response, callback, -1, max);
                case TIMEOUT -> refuse(response, callback, 408, StatusErrors.of(408, null), 0);
                case BROKEN -> broken(response, callback, cause);
            }
        }).start(limits.bodyTimeout());
        return true;
    }

    /**
     * 413 at once, before the body is read. A body announced more than {@link BodyDrain#MAX} past
     * the route's limit closes the connection; a smaller one (a 6 MB calendar where 5 MB is the
     * limit) is read and dropped after the answer is sent, so that a client still sending it gets
     * the 413 rather than a connection reset.
     */
    private boolean tooLarge(Request request, Response response, Callback callback, long announced, int max) {
        long bound = max + BodyDrain.MAX;
        if (announced > bound) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            return refuse(response, callback, 413, StatusErrors.of(413, null), 0);
        }
        response.setStatus(413);
        JettyErrors.write(response, StatusErrors.of(413, null), Callback.from(
                () -> BodyDrain.start(request, bound, limits.bodyTimeout(), callback), callback::failed));
        return true;
    }

    /** A body that cannot be read: malformed (bad chunking: 400), or the client went away (nothing to say). */
    private static void broken(Response response, Callback callback, Throwable cause) {
        if (cause instanceof org.eclipse.jetty.http.HttpException http && http.getCode() < 500) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            refuse(response, callback, http.getCode(), StatusErrors.of(http.getCode(), http.getReason()), 0);
        } else {
            // EofException is one of Jetty's quiet failures: the connection closes without a log line
            callback.failed(new org.eclipse.jetty.io.EofException("the client stopped sending its body"));
        }
    }

    /** The {@link FastSocket}'s upgrade, answered here; false for what Javalin upgrades or answers. */
    private boolean upgradeHere(Request edge, Response response, Callback admitted, String path) {
        String parameter = sockets == null ? null : sockets.match(path);
        if (parameter == null) {
            return false;
        }
        try {
            return sockets.upgrade(parameter, edge, response, admitted);
        } catch (Throwable t) {
            Response.writeError(edge, response, admitted, t);
            return true;
        }
    }

    private boolean dispatch(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
            }
        } catch (Throwable t) {
            Response.writeError(request, response, callback, t);
        }
        return true;
    }

    private static boolean isUpgrade(Request request) {
        return request.getHeaders().contains(HttpHeader.SEC_WEBSOCKET_VERSION)
                || request.getHeaders().contains(HttpHeader.UPGRADE, "websocket");
    }

    private String client(Request request) {
        if (request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress remote
                && remote.getAddress() != null) {
            InetAddress peer = remote.getAddress();
            return limits.trustedProxies().clientOf(peer, request.getHeaders().get(HttpHeader.X_FORWARDED_FOR));
        }
        return "unknown";
    }

    /**
     * Answers the request with an error. A body not read yet is not waited for: Jetty drops what
     * has arrived and, if more was announced, half-closes the connection after the response (so
     * a client still sending sees the answer instead of a reset); a too slow one closes it.
     */
    static boolean refuse(Response response, Callback callback, int status, ApiError error, long retryAfterSeconds) {
        response.setStatus(status);
        if (retryAfterSeconds > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }
        if (status == 408) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        JettyErrors.write(response, error, callback);
        return true;
    }
}
