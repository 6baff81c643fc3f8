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
import io.cuedeck.server.shows.ShowDirectory;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code WS /v1/shows/{showId}/live?viewerId=&lang=&platform=&region=}: a viewer's socket. A bad viewer
 * id or an unknown or ended show closes it right after opening with code 1008 and the reason;
 * frames over 16 KiB close it with 1009. On connect the viewer gets every cue whose window is
 * open, from this node's {@link LiveFires} (no engine call). Joining and leaving the show happen on
 * the show's lane, between its fan-outs, so each open cue reaches a joining viewer once. Handlers
 * never block: answers complete through the journal's callback.
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

    public void register(RoutesConfig routes) {
        routes.ws(PATH, ws -> {
            ws.onConnect(this::connect);
            ws.onMessage(this::message);
            ws.onClose(ctx -> leave(ctx));
            ws.onError(ctx -> leave(ctx));
        });
    }

    private void connect(WsConnectContext ctx) {
        String showId = ctx.pathParam("showId");
        String viewerId;
        String lang;
        String region = ctx.queryParam("region");
        try {
            viewerId = Checks.viewerId(ctx.queryParam("viewerId"));
            lang = ViewerInput.lang(ctx.queryParam("lang"));
            ViewerInput.region(region);
        } catch (ApiException e) {
            ctx.closeSession(POLICY_VIOLATION, reason(e.getMessage()));
            return;
        }
        Optional<Show> show = shows.find(showId);
        if (show.isEmpty() || show.get().status() == ShowStatus.ENDED) {
            ctx.closeSession(POLICY_VIOLATION, show.isEmpty() ? reason("There is no show '" + showId + "'.")
                    : "The show has ended.");
            return;
        }
        ViewerSocket socket = new ViewerSocket(showId, viewerId, lang,
                ViewerInput.platform(ctx.queryParam("platform")), region, ctx.session);
        ctx.attribute(SOCKET, socket);
        heartbeats.socketOpen(socket);
        heartbeats.connected(socket);
        lanes.run(showId, () -> join(socket));
    }

    /** On the show's lane: the socket joins, and gets what is open now (later fires reach it by fan-out). */
    private void join(ViewerSocket socket) {
        hub.add(socket);
        for (FireRecord fire : live.of(socket.showId())) {
            fanOut.fire(fire, socket);
        }
    }

    private void message(WsMessageContext ctx) {
        ViewerSocket socket = ctx.attribute(SOCKET);
        if (socket == null) {
            return;
        }
        FromViewer message;
        try {
            message = Bodies.parse(ctx.message().getBytes(StandardCharsets.UTF_8), FromViewer.class);
        } catch (ApiException e) {
            socket.send(FanOut.toText(new RefusedMessage(null, RefusedMessage.INVALID)));
            return;
        }
        if (message instanceof AckMessage ack) {
            acks.ack(socket.showId(), socket.viewerId(), ack.fireId());
        } else if (message instanceof AnswerMessage answer) {
            answers.answer(socket.showId(), socket.viewerId(), answer.fireId(), answer.choice(), answer.text(), socket.lang())
                    .thenAccept(reply -> socket.send(FanOut.toText(reply)));
        } else if (message instanceof HeartbeatMessage) {
            heartbeats.fromSocket(socket);
        }
    }

    private void leave(WsContext ctx) {
        ViewerSocket socket = ctx.attribute(SOCKET);
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
