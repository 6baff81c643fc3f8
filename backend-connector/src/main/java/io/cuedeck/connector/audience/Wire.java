package io.cuedeck.connector.audience;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cuedeck.connector.RetryPolicy;
import io.cuedeck.connector.internal.Backoff;
import io.cuedeck.connector.internal.Json;
import io.cuedeck.connector.internal.NamedThreads;
import io.cuedeck.protocol.viewer.HeartbeatRequest;
import io.cuedeck.protocol.viewer.ToViewer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What every viewer of a crowd shares: one NIO HTTP client (its selector thread reads every socket),
 * two I/O threads for socket callbacks, one timer thread for heartbeats, acks, answers and
 * reconnects, the limits on connections in flight, and the counters. The thread count does not
 * grow with the crowd.
 */
final class Wire {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int CONNECTS_IN_FLIGHT = 200;
    private static final int HEARTBEATS_IN_FLIGHT = 64;
    private static final Duration MAX_RECONNECT_WAIT = Duration.ofSeconds(30);

    final AudienceConfig config;
    final Counters counters = new Counters();
    final Reactions reactions;
    final Tallies tallies = new Tallies();
    final ExecutorService io = Executors.newFixedThreadPool(2, NamedThreads.daemon("cuedeck-audience-io"));
    final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, NamedThreads.daemon("cuedeck-audience-timer"));
    final HttpClient http = HttpClient.newBuilder().executor(io).version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).build();
    final AsyncLimiter connects = new AsyncLimiter(CONNECTS_IN_FLIGHT);
    final AsyncLimiter heartbeats = new AsyncLimiter(HEARTBEATS_IN_FLIGHT);
    private final List<URI> nodes;
    private final RetryPolicy reconnect;

    Wire(AudienceConfig config) {
        this.config = config;
        this.reactions = new Reactions(config);
        this.nodes = config.nodes();
        this.reconnect = new RetryPolicy(Integer.MAX_VALUE, config.reconnectBackoff(), MAX_RECONNECT_WAIT);
        timer.setRemoveOnCancelPolicy(true);
    }

    int nodeCount() {
        return nodes.size();
    }

    /** The platform goes on the socket too: the server counts an open socket as presence, platform included. */
    URI socket(int node, UUID viewerId, String lang, String platform, String region) {
        URI base = nodes.get(node);
        String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + base.getRawAuthority() + prefix(base) + "/v1/shows/" + encode(config.showId())
                + "/live?viewerId=" + viewerId + "&lang=" + encode(lang) + "&platform=" + encode(platform)
                + (region == null ? "" : "&region=" + encode(region)));
    }

    HttpRequest heartbeat(int node, HeartbeatRequest body) {
        URI base = nodes.get(node);
        return HttpRequest.newBuilder(URI.create(base.getScheme() + "://" + base.getRawAuthority() + prefix(base)
                        + "/v1/shows/" + encode(config.showId()) + "/heartbeat"))
                .timeout(CONNECT_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text(body)))
                .build();
    }

    Duration reconnectWait(int failures) {
        return Backoff.delay(reconnect, failures);
    }

    /** JSON of a message; a viewer message carries its {@code type}. */
    static String text(Object message) {
        try {
            return Json.mapper().writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + message, e);
        }
    }

    /** The message, or null when its type is unknown or it cannot be read. */
    static ToViewer read(String frame) {
        try {
            return Json.mapper().readValue(frame, ToViewer.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Runs {@code task} on the timer after {@code delay}; null (and nothing runs) once the crowd is closing. */
    ScheduledFuture<?> later(Duration delay, Runnable task) {
        try {
            return timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            return null;
        }
    }

    void shutdown() {
        timer.shutdownNow();
        io.shutdownNow();
    }

    private static String prefix(URI base) {
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
