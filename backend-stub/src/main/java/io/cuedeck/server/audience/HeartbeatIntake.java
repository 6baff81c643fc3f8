package io.cuedeck.server.audience;

import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.viewer.HeartbeatRequest;
import io.cuedeck.server.engine.hot.Presence.Touch;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Checks;
import io.cuedeck.server.shows.ShowDirectory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/**
 * Heartbeats from viewer apps (HTTP, or a socket's heartbeat message) and the presence of open
 * sockets: checked, rate-limited per viewer, queued for the {@link PresenceBatcher}. Nothing here
 * waits on an engine.
 */
public final class HeartbeatIntake {

    private final ShowDirectory shows;
    private final HeartbeatLimiter limiter;
    private final PresenceBatcher batcher;
    private final Clock clock;
    private final Counter accepted;
    private final Counter limited;
    private final Counter refused;
    private ReachBatcher reach;

    public HeartbeatIntake(ShowDirectory shows, HeartbeatLimiter limiter, PresenceBatcher batcher, Clock clock,
            MeterRegistry meters) {
        this.shows = shows;
        this.limiter = limiter;
        this.batcher = batcher;
        this.clock = clock;
        this.accepted = counter(meters, "accepted");
        this.limited = counter(meters, "rate_limited");
        this.refused = counter(meters, "refused");
    }

    private static Counter counter(MeterRegistry meters, String result) {
        return Counter.builder("cuedeck.heartbeats").tag("result", result).register(meters);
    }

    /** Sightings of viewers for the show's unique viewers and split go to {@code reach} (set once, at wiring). */
    public void countViewersWith(ReachBatcher reach) {
        this.reach = reach;
    }

    /** A socket opened: its viewer is seen in the show (for the unique viewers), with its platform and language. */
    public void connected(ViewerSocket socket) {
        if (reach != null) {
            reach.seen(socket.showId(), new io.cuedeck.server.engine.hot.FireReach.Sighting(socket.viewerId(),
                    socket.platform(), socket.region().isEmpty() ? UNKNOWN : socket.region(),
                    socket.lang() == null || socket.lang().isEmpty() ? UNKNOWN : socket.lang()));
        }
    }

    private static final String UNKNOWN = "unknown";

    /** An HTTP heartbeat: 204 when this returns; the errors are the exceptions it throws. */
    public void accept(String showId, HeartbeatRequest request) {
        try {
            String viewerId = Checks.viewerId(request.viewerId());
            ViewerInput.lang(request.lang());
            ViewerInput.region(request.region());
            Show show = shows.require(showId);
            if (show.status() == ShowStatus.ENDED) {
                throw ApiException.conflict("conflict", "The show has ended.");
            }
            if (!limiter.allow(showId, viewerId, clock.millis())) {
                limited.increment();
                throw ApiException.rateLimited("One heartbeat per viewer per " + limiter.intervalSeconds()
                        + " s counts; send one every 30 s.", limiter.intervalSeconds());
            }
            String platform = ViewerInput.platform(request.platform());
            queue(new Touch(showId, viewerId, platform), true);
            if (reach != null) {
                reach.seen(showId, new io.cuedeck.server.engine.hot.FireReach.Sighting(viewerId, platform,
                        blankOr(request.region()), blankOr(request.lang())));
            }
        } catch (ApiException e) {
            if (e.status() != 429) {
                refused.increment();
            }
            throw e;
        }
    }

    private static String blankOr(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value.strip();
    }

    /** A heartbeat message on an open socket: counted like an HTTP one, extra ones ignored. */
    public void fromSocket(ViewerSocket socket) {
        if (limiter.allow(socket.showId(), socket.viewerId(), clock.millis())) {
            queue(new Touch(socket.showId(), socket.viewerId(), socket.platform()), true);
        } else {
            limited.increment();
        }
    }

    /** An open socket is presence: on connect and every 30 s. Not counted as a heartbeat. */
    public void socketOpen(ViewerSocket socket) {
        batcher.offer(new Touch(socket.showId(), socket.viewerId(), socket.platform()), false);
    }

    private void queue(Touch touch, boolean heartbeat) {
        if (!batcher.offer(touch, heartbeat)) {
            throw ApiException.unavailable("The server is overloaded with heartbeats; try again shortly.");
        }
        accepted.increment();
    }
}
