package io.cuedeck.server.http;

import java.util.List;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.Configuration;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.WebSocketComponents;
import org.eclipse.jetty.websocket.core.server.Handshaker;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.core.server.WebSocketNegotiator;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;

/**
 * Upgrades a {@link FastSocket} on Jetty's core API: its check (a refusal answered as the API's
 * JSON, like every refusal of the edge), then Jetty's own RFC 6455 handshake with no extension
 * negotiated (a browser asks for permessage-deflate; compressing a 300-byte cue once per viewer
 * costs more CPU than it saves bytes, and defeats encoding a fan-out once). An HTTP/1.1 socket
 * reads on the selector thread ({@link SelectorReadHandshaker}). The server's
 * WebSocket components (buffer pool, executor) are shared with every other socket.
 */
final class FastSockets {

    private final FastSocket socket;
    /** HTTP/1.1 upgrades, read on the selector; anything else (an HTTP/2 one) by Jetty's own handshakers. */
    private final Handshaker selectorRead = new SelectorReadHandshaker();
    private final Handshaker others = Handshaker.newInstance();
    private volatile WebSocketComponents components;

    FastSockets(FastSocket socket) {
        this.socket = socket;
    }

    /** Called while the server is built, before it starts (the components start with it). */
    void attach(Server server) {
        components = WebSocketServerComponents.ensureWebSocketComponents(server);
    }

    String match(String path) {
        return socket.match(path);
    }

    /** True when answered (upgraded or refused); false when this is no upgrade Jetty can make (Javalin answers). */
    boolean upgrade(String parameter, Request request, Response response, Callback callback) throws Exception {
        try {
            socket.check(request);
        } catch (RuntimeException e) {
            ApiException refusal = ErrorMapping.refusalFor(e, "GET " + socket.template());
            return EdgeGuard.refuse(response, callback, refusal.status(), refusal.body(), ErrorMapping.retryAfter(refusal));
        }
        Negotiator negotiator = new Negotiator(parameter);
        return selectorRead.upgradeRequest(negotiator, request, response, callback, components, null)
                || !response.isCommitted() && others.upgradeRequest(negotiator, request, response, callback, components, null);
    }

    private final class Negotiator implements WebSocketNegotiator {
        private final String parameter;

        Negotiator(String parameter) {
            this.parameter = parameter;
        }

        @Override
        public FrameHandler negotiate(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
            response.setExtensions(List.of());
            if (!request.getSubProtocols().isEmpty()) {
                // as the Javalin twin does: a client that offers subprotocols gets its first one
                response.setAcceptedSubProtocol(request.getSubProtocols().get(0));
            }
            return socket.open(parameter, request);
        }

        @Override
        public void customize(Configuration configuration) {
            socket.configure(configuration);
        }
    }
}
