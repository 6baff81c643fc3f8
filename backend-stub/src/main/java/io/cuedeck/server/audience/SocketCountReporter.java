package io.cuedeck.server.audience;

import io.cuedeck.server.engine.hot.SocketCounts;
import io.cuedeck.server.fire.FireService;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports this node's open viewer sockets per show to the hot engine: within ~100 ms of a
 * change, every 5 s regardless, with a 15 s lifetime so a dead node's sockets stop counting.
 */
public final class SocketCountReporter implements FireService.SocketCountFlush {

    static final Duration TTL = Duration.ofSeconds(15);
    private static final long RENEW_NANOS = 5_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(SocketCountReporter.class);

    private final SocketHub hub;
    private final SocketCounts counts;
    private final String nodeId;
    private long lastReport = System.nanoTime() - RENEW_NANOS;

    public SocketCountReporter(SocketHub hub, SocketCounts counts, String nodeId) {
        this.hub = hub;
        this.counts = counts;
        this.nodeId = nodeId;
    }

    /** Runs every ~100 ms. */
    public synchronized void tick() {
        if (hub.takeChanged() || System.nanoTime() - lastReport >= RENEW_NANOS) {
            report();
        }
    }

    @Override
    public synchronized void flushNow() {
        hub.takeChanged();
        report();
    }

    private void report() {
        try {
            counts.report(nodeId, hub.countsByShow(), TTL);
            lastReport = System.nanoTime();
        } catch (RuntimeException e) {
            LOG.warn("could not report socket counts: {}", e.getMessage());
        }
    }
}
