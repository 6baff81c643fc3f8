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
    private static final String PREFIX = "/v1/shows/";
    private static final String SUFFIX = "/heartbeat";
    private static final int MAX_ID = 128;

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
        if (!"POST".equals(method) || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
            return null;
        }
        int from = PREFIX.length();
        int to = path.length() - SUFFIX.length();
        if (to <= from || to - from > MAX_ID) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (!unreserved(path.charAt(i))) {
                return null;
            }
        }
        return path.substring(from, to);
    }

    @Override
    public void handle(String showId, byte[] body) {
        heartbeats.accept(showId, Bodies.read(body, HeartbeatRequest.class));
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
