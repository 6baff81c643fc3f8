package io.cuedeck.server.http;

import io.cuedeck.protocol.ApiError;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What a WebSocket upgrade must pass before it reaches a route: version 13 (else 426 with
 * {@code Sec-WebSocket-Version: 13}), the upgrade headers (else 400), the rate of socket opens of
 * its address and viewer (429), and for a viewer socket a slot under the caps per address, show
 * and node ({@link SocketCaps}: 429 or 503, with a Retry-After spread at random so that refused
 * viewers do not all return in the same second). The slot is given back if the upgrade does not
 * happen.
 */
final class UpgradeGuard {

    private final ClientLimits clients;
    private final SocketCaps sockets;

    UpgradeGuard(ClientLimits clients, SocketCaps sockets) {
        this.clients = clients;
        this.sockets = sockets;
    }

    /** The callback to hand the upgrade on with; null when it was refused (the answer is written). */
    Callback admit(Request edge, Response response, Callback callback, String ip, String path) {
        if (!"13".equals(edge.getHeaders().get(HttpHeader.SEC_WEBSOCKET_VERSION))) {
            response.getHeaders().put(HttpHeader.SEC_WEBSOCKET_VERSION, "13");
            return refused(response, callback, 426, StatusErrors.of(426, null), 0);
        }
        String key = edge.getHeaders().get(HttpHeader.SEC_WEBSOCKET_KEY);
        if (key == null || key.isBlank() || !edge.getHeaders().contains(HttpHeader.UPGRADE, "websocket")) {
            return refused(response, callback, 400, new ApiError("bad_request", "A WebSocket upgrade needs the headers "
                    + "Upgrade: websocket, Connection: Upgrade and Sec-WebSocket-Key."), 0);
        }
        long wait = clients.socketOpen(ip, path, edge.getHttpURI().getQuery());
        if (wait > 0) {
            return refused(response, callback, 429, new ApiError("rate_limited", "Sockets are opened here faster than "
                    + "allowed; wait " + wait + " s."), wait);
        }
        var viewer = ClientLimits.VIEWER_SOCKET.matcher(path);
        if (!viewer.matches()) {
            return callback;
        }
        EndPoint endPoint = edge.getConnectionMetaData().getConnection().getEndPoint();
        SocketCaps.Refusal refusal = sockets.admit(endPoint, ip, viewer.group(1));
        if (refusal != null) {
            long base = refusal.retryAfterSeconds();
            return refused(response, callback, refusal.status(), refusal.error(),
                    base + ThreadLocalRandom.current().nextLong(base + 1));
        }
        return new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                if (response.getStatus() != 101) {
                    sockets.release(endPoint);
                }
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                sockets.release(endPoint);
                super.failed(x);
            }
        };
    }

    private static Callback refused(Response response, Callback callback, int status, ApiError error, long retryAfter) {
        EdgeGuard.refuse(response, callback, status, error, retryAfter);
        return null;
    }
}
