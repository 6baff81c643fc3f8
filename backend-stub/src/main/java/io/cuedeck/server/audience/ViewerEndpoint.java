package io.cuedeck.server.audience;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.protocol.viewer.FromViewer;
import io.cuedeck.protocol.viewer.HeartbeatMessage;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.server.bus.ShowLanes;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.Checks;
import io.cuedeck.server.http.SocketThreads;
import io.cuedeck.server.shows.ShowDirectory;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsConnectContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code WS /v1/shows/{showId}/live?viewerId=&lang=&platform=&region=}: a viewer's socket. A bad viewer
 * id or an unknown or ended show closes it right after opening with code 1008 and the reason;
 * frames over 16 KiB close it with 1009. On connect the viewer gets every cue whose window is
 * open, from this node's {@link LiveFires} (no engine call). Joining and leaving the show happen on
 * the show's lane, between its fan-outs, so each open cue reaches a joining viewer once. Handlers
 * never block: answers complete through the journal's callback.
 *
 * <p>The edge upgrades the socket itself on Jetty's core WebSocket API ({@link ViewerUpgrade},
 * {@link ViewerFrames}: no servlet, session or Javalin socket context per viewer, issue 10); the
 * Javalin route registered here is its twin for what the edge passes on (a show id it would have
 * to decode). Both ways run the checks and handlers of this class on the socket's core session.
 */
public final class ViewerEndpoint {

    public static final String PATH = "/v1/shows/{showId}/live";
    private static final String SOCKET = "cuedeck.viewer";
    private static final int POLICY_VIOLATION = 1008;

    private final ShowDirectory shows;
    private final SocketHub hub;
    private final HeartbeatIntake heartbeats;
    private final AckService acks;
    private final AnswerService answers;
    private final FanOut fanOut;
    private final LiveFires live;
    private final ShowLanes lanes;

    public ViewerEndpoint(ShowDirectory shows, SocketHub hub, HeartbeatIntake heartbeats, AckService acks,
            AnswerService answers, FanOut fanOut, LiveFires live, ShowLanes lanes) {
        this.shows = shows;
        this.hub = hub;
        this.heartbeats = heartbeats;
        this.acks = acks;
        this.answers = answers;
        this.fanOut = fanOut;
        this.live = live;
        this.lanes = lanes;
    }

    /**
     * Registers the Javalin twin of the edge's socket: it serves the upgrades the edge passes on (a
     * show id it would have to decode), keeps the route in the catalog and the OpenAPI test, and
     * answers a plain GET of the path as Javalin does. Both ways run the same code below.
     */
    public void register(RoutesConfig routes) {
        routes.ws(PATH, ws -> {
            ws.onConnect(this::connect);
            ws.onMessage(ctx -> {
                ViewerSocket socket = ctx.attribute(SOCKET);
                if (socket != null) {
                    received(socket, ctx.message().getBytes(StandardCharsets.UTF_8));
                }
            });
            ws.onClose(ctx -> left(ctx.attribute(SOCKET)));
            ws.onError(ctx -> left(ctx.attribute(SOCKET)));
        });
    }

    /** The socket the edge upgrades itself, on Jetty's core WebSocket API ({@link ViewerUpgrade}). */
    public ViewerUpgrade edgeUpgrade(io.cuedeck.server.watch.OriginCheck origins,
            org.eclipse.jetty.websocket.core.Configuration.Customizer limits) {
        return new ViewerUpgrade(this, origins, limits);
    }

    /** What a socket's URL asked for, checked. */
    record Viewer(String showId, String viewerId, String lang, String platform, String region) {
    }

    /**
     * The viewer a socket's URL names, or the reason its socket is closed with 1008 right after
     * opening (a bad parameter, an unknown or ended show), as an {@link ApiException}.
     */
    Viewer check(String showId, String viewerIdParam, String langParam, String platformParam, String region) {
        String viewerId;
        String lang;
        try {
            viewerId = Checks.viewerId(viewerIdParam);
            lang = ViewerInput.lang(langParam);
            ViewerInput.region(region);
        } catch (ApiException e) {
            throw new Refused(reason(e.getMessage()));
        }
        Optional<Show> show = shows.find(showId);
        if (show.isEmpty() || show.get().status() == ShowStatus.ENDED) {
            throw new Refused(show.isEmpty() ? reason("There is no show '" + showId + "'.") : "The show has ended.");
        }
        return new Viewer(showId, viewerId, lang, ViewerInput.platform(platformParam), region);
    }

    /** Why a socket is closed with 1008 right after it opens. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private void connect(WsConnectContext ctx) {
        Viewer viewer;
        try {
            viewer = check(ctx.pathParam("showId"), ctx.queryParam("viewerId"), ctx.queryParam("lang"),
                    ctx.queryParam("platform"), ctx.queryParam("region"));
        } catch (Refused e) {
            ctx.closeSession(POLICY_VIOLATION, e.getMessage());
            return;
        }
        ctx.attribute(SOCKET, opened(viewer, ((org.eclipse.jetty.websocket.common.WebSocketSession) ctx.session)
                .getCoreSession()));
    }

    /** A checked viewer's socket is open: it counts as presence and joins its show. */
    ViewerSocket opened(Viewer viewer, org.eclipse.jetty.websocket.core.CoreSession session) {
        ViewerSocket socket = new ViewerSocket(viewer.showId(), viewer.viewerId(), viewer.lang(), viewer.platform(),
                viewer.region(), session, SocketThreads.writerOf(session));
        heartbeats.socketOpen(socket);
        heartbeats.connected(socket);
        lanes.run(socket.showId(), () -> join(socket));
        return socket;
    }

    /** On the show's lane: the socket joins, and gets what is open now (later fires reach it by fan-out). */
    private void join(ViewerSocket socket) {
        hub.add(socket);
        for (FireRecord fire : live.of(socket.showId())) {
            fanOut.fire(fire, socket);
        }
    }

    /** One whole text message from the viewer, as UTF-8 (the Javalin twin's way, on a pool thread). */
    void received(ViewerSocket socket, byte[] utf8) {
        handle(socket, parse(utf8));
    }

    /** The viewer's message, or null when the text is not one ({@link #handle} refuses it). */
    FromViewer parse(byte[] utf8) {
        AckMessage ack = AckText.parse(utf8);
        if (ack != null) {
            return ack;
        }
        try {
            return Bodies.parse(utf8, FromViewer.class);
        } catch (ApiException e) {
            return null;
        }
    }

    /**
     * True when {@link #handle} makes no engine call for this message, so the selector thread may
     * run it (a heartbeat is queued; an ack of a fire this node knows is counted in memory; what
     * is not a message is refused). An answer, or an ack of a fire this node has not seen, reads
     * the hot engine and goes to a pool thread.
     */
    boolean handlesWithoutWaiting(FromViewer message) {
        return message == null || message instanceof HeartbeatMessage
                || message instanceof AckMessage ack && acks.acksWithoutWaiting(ack.fireId());
    }

    /** Handles one message ({@code null}: the text was not one, and the viewer is told so). */
    void handle(ViewerSocket socket, FromViewer message) {
        if (message == null) {
            socket.send(FanOut.toText(new RefusedMessage(null, RefusedMessage.INVALID)));
        } else if (message instanceof AckMessage ack) {
            acks.ack(socket.showId(), socket.viewerId(), ack.fireId());
        } else if (message instanceof AnswerMessage answer) {
            answers.answer(socket.showId(), socket.viewerId(), answer.fireId(), answer.choice(), answer.text(), socket.lang())
                    .thenAccept(reply -> socket.send(FanOut.toText(reply)));
        } else if (message instanceof HeartbeatMessage) {
            heartbeats.fromSocket(socket);
        }
    }

    /** The socket closed or failed (null: it never opened as a viewer's). */
    void left(ViewerSocket socket) {
        if (socket != null) {
            lanes.run(socket.showId(), () -> hub.remove(socket)); // after its join, whatever the timing
        }
    }

    /** A close reason must fit in 123 bytes. */
    static String reason(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= 120 ? message : new String(bytes, 0, 117, StandardCharsets.UTF_8) + "...";
    }
}
