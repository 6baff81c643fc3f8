package io.cuedeck.server.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-address and per-viewer limits on the public routes, judged from the path before a body is
 * read: heartbeats, answers and acks, and socket opens, each a {@link RateLimit}; and the
 * requests of an address whose headers or body are still arriving. Console and producer routes
 * are not rate-limited here: they need a token.
 */
final class ClientLimits {

    /** A public route this class counts, and the bucket it draws from. */
    enum Kind { HEARTBEAT, ANSWER, OTHER }

    static final Pattern VIEWER_SOCKET = Pattern.compile("/v1/shows/([^/]+)/live");
    private static final Pattern HEARTBEAT = Pattern.compile("/v1/shows/[^/]+/heartbeat");
    private static final Pattern ANSWER = Pattern.compile("/v1/shows/[^/]+/fires/[^/]+/(answer|ack)");
    private static final Pattern VIEWER_ID = Pattern.compile("(?:^|&)viewerId=([0-9A-Fa-f-]{36})(?:&|$)");

    private final LimitsConfig limits;
    private final RateLimit heartbeats;
    private final RateLimit answers;
    private final RateLimit opensPerIp;
    private final RateLimit opensPerViewer;
    private final Map<String, Integer> unfinished = new ConcurrentHashMap<>();
    private volatile Map<String, Integer> slowHeaders = Map.of();

    ClientLimits(LimitsConfig limits) {
        this.limits = limits;
        this.heartbeats = RateLimit.perSecond(limits.heartbeatsPerIp());
        this.answers = RateLimit.perSecond(limits.answersPerIp());
        this.opensPerIp = RateLimit.perSecond(limits.socketOpensPerIp());
        this.opensPerViewer = RateLimit.perMinute(limits.socketOpensPerViewer());
    }

    static Kind kind(String method, String path) {
        if (!"POST".equals(method)) {
            return Kind.OTHER;
        }
        return HEARTBEAT.matcher(path).matches() ? Kind.HEARTBEAT : ANSWER.matcher(path).matches() ? Kind.ANSWER : Kind.OTHER;
    }

    /** 0 when the request may go on, else the seconds to wait. */
    long request(Kind kind, String ip) {
        return switch (kind) {
            case HEARTBEAT -> heartbeats.acquire(ip);
            case ANSWER -> answers.acquire(ip);
            case OTHER -> 0;
        };
    }

    /** 0 when a socket may open, else the seconds to wait; per viewer for viewer sockets. */
    long socketOpen(String ip, String path, String query) {
        long wait = opensPerIp.acquire(ip);
        if (wait == 0 && query != null && VIEWER_SOCKET.matcher(path).matches()) {
            Matcher viewer = VIEWER_ID.matcher(query);
            if (viewer.find()) {
                wait = opensPerViewer.acquire(viewer.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return wait;
    }

    /** Counts a request whose body is about to be read; false if the address has too many. */
    boolean startUnfinished(String ip) {
        int headers = slowHeaders.getOrDefault(ip, 0);
        boolean[] ok = {false};
        unfinished.compute(ip, (k, n) -> {
            int now = n == null ? 0 : n;
            ok[0] = now + headers < limits.unfinishedPerIp();
            return ok[0] ? now + 1 : (n == null ? null : n);
        });
        return ok[0];
    }

    void endUnfinished(String ip) {
        unfinished.computeIfPresent(ip, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** What the connection watch last saw: connections per address still sending their headers. */
    void headersArriving(Map<String, Integer> byIp) {
        slowHeaders = Map.copyOf(byIp);
    }

    void sweep() {
        heartbeats.sweep();
        answers.sweep();
        opensPerIp.sweep();
        opensPerViewer.sweep();
    }
}
