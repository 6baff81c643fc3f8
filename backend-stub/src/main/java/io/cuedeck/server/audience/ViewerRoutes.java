package io.cuedeck.server.audience;

import io.cuedeck.protocol.viewer.AcceptedMessage;
import io.cuedeck.protocol.viewer.HeartbeatRequest;
import io.cuedeck.protocol.viewer.RefusedMessage;
import io.cuedeck.protocol.viewer.ToViewer;
import io.cuedeck.protocol.viewer.ViewerAck;
import io.cuedeck.protocol.viewer.ViewerAnswer;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.Checks;
import io.cuedeck.server.http.ErrorMapping;
import io.cuedeck.server.shows.ShowDirectory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The viewer app's HTTP side: heartbeats, and ack and answer for viewers without a socket. */
public final class ViewerRoutes {

    private static final String FIRE = "/v1/shows/{showId}/fires/{fireId}";

    private final ShowDirectory shows;
    private final HeartbeatIntake heartbeats;
    private final AckService acks;
    private final AnswerService answers;

    public ViewerRoutes(ShowDirectory shows, HeartbeatIntake heartbeats, AckService acks, AnswerService answers) {
        this.shows = shows;
        this.heartbeats = heartbeats;
        this.acks = acks;
        this.answers = answers;
    }

    /** The heartbeat route as the edge answers it itself (issue 10); {@link #register} keeps its Javalin twin. */
    public io.cuedeck.server.http.FastRoute heartbeatRoute() {
        return new HeartbeatRoute(heartbeats);
    }

    public void register(RoutesConfig routes) {
        routes.post(HeartbeatRoute.TEMPLATE, ctx -> {
            heartbeats.accept(ctx.pathParam("showId"), Bodies.read(ctx, HeartbeatRequest.class));
            ctx.status(204);
        });
        routes.post(FIRE + "/ack", ctx -> {
            ViewerAck body = Bodies.read(ctx, ViewerAck.class);
            String viewerId = Checks.viewerId(body.viewerId());
            shows.require(ctx.pathParam("showId"));
            if (!acks.ack(ctx.pathParam("showId"), viewerId, ctx.pathParam("fireId"))) {
                throw noFire(ctx);
            }
            ctx.status(204);
        });
        routes.post(FIRE + "/answer", ctx -> {
            ViewerAnswer body = Bodies.read(ctx, ViewerAnswer.class);
            String viewerId = Checks.viewerId(body.viewerId());
            shows.require(ctx.pathParam("showId"));
            ctx.future(() -> answers.answer(ctx.pathParam("showId"), viewerId, ctx.pathParam("fireId"),
                    body.choice(), body.text()).thenAccept(reply -> respond(ctx, reply)));
        });
    }

    private static void respond(Context ctx, ToViewer reply) {
        if (reply instanceof AcceptedMessage) {
            ctx.status(200).json(reply);
            return;
        }
        RefusedMessage refused = (RefusedMessage) reply;
        ApiException error = switch (refused.reason()) {
            case RefusedMessage.DUPLICATE -> ApiException.conflict("duplicate", "This viewer already answered this fire.");
            case RefusedMessage.CLOSED -> ApiException.conflict("closed", "The answer window of this fire is closed.");
            case RefusedMessage.UNKNOWN_FIRE -> noFire(ctx);
            case RefusedMessage.UNAVAILABLE -> ApiException.unavailable("The answer could not be stored; send it again.");
            case RefusedMessage.RATE_LIMITED -> ApiException.rateLimited("This viewer sent more answers than allowed; "
                    + "wait a few seconds.", 5);
            default -> ApiException.validation(null, "The answer does not fit the cue: a choice (0-based option) "
                    + "for a poll or quiz, a text of 1 to 500 characters for a question; announcements take none.");
        };
        ErrorMapping.respond(ctx, error);
    }

    private static ApiException noFire(Context ctx) {
        return ApiException.notFound("There is no fire '" + ctx.pathParam("fireId") + "' in show '"
                + ctx.pathParam("showId") + "'.");
    }
}
