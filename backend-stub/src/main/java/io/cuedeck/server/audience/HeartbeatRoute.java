package io.cuedeck.server.audience;

import io.cuedeck.protocol.viewer.HeartbeatRequest;
import io.cuedeck.server.http.Bodies;
import io.cuedeck.server.http.FastRoute;

/**
 * {@code POST /v1/shows/{showId}/heartbeat}, answered by the edge itself ({@link FastRoute}): the
 * same {@link HeartbeatIntake#accept} and body rules as its Javalin twin in {@link ViewerRoutes}.
 * It takes only a show id of URL-unreserved characters (every id the server makes), which no
 * decoding can change; anything else goes to Javalin, which decodes and answers it.
 */
final class HeartbeatRoute implements FastRoute {

    static final String TEMPLATE = "/v1/shows/{showId}/heartbeat";
    private static final String SUFFIX = "/heartbeat";

    private final HeartbeatIntake heartbeats;

    HeartbeatRoute(HeartbeatIntake heartbeats) {
        this.heartbeats = heartbeats;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public String match(String method, String path) {
        return "POST".equals(method) ? ShowPaths.showId(path, SUFFIX) : null;
    }

    @Override
    public void handle(String showId, byte[] body) {
        heartbeats.accept(showId, Bodies.read(body, HeartbeatRequest.class));
    }
}
