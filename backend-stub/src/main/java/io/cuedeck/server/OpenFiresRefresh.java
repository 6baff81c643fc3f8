package io.cuedeck.server;

import io.cuedeck.protocol.Show;
import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.FireLedger.LiveFire;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every 2 s, for each show not ended, tells this node's {@link io.cuedeck.server.audience.LiveFires}
 * which fires the ledger holds open: fires this node never heard of on the bus (opened before it
 * started, or restored after Redis lost its data) then reach viewers who join here. One ledger call
 * per show per run, on the timer thread; the view is changed on the show's lane. Only fires older
 * than {@link #MISSED} count: a younger one is still on its way through the bus, and its fan-out
 * must be what adds it (so a viewer joining meanwhile does not get it twice).
 */
final class OpenFiresRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(OpenFiresRefresh.class);
    private static final long EVERY_MS = 2_000;
    private static final java.time.Duration MISSED = java.time.Duration.ofSeconds(5);

    private final Node node;
    private long runs;

    OpenFiresRefresh(Node node) {
        this.node = node;
    }

    void start() {
        run();
        Background.every(node.background.timers, EVERY_MS, EVERY_MS, this::run, "open fires refresh");
    }

    private void run() {
        java.time.Instant horizon = node.clock.instant().minus(MISSED);
        for (Show show : node.shows.activeShows()) {
            try {
                List<FireRecord> open = new ArrayList<>();
                for (LiveFire f : node.hot.fires().openFires(show.id())) {
                    if (f.firedAt().isAfter(horizon)) {
                        continue;
                    }
                    node.catalog.find(show.id(), f.fireId()).ifPresent(open::add);
                }
                if (!open.isEmpty()) {
                    node.lanes.run(show.id(), () -> node.liveFires.reconcile(show.id(), open));
                }
            } catch (RuntimeException e) {
                LOG.debug("could not read the open fires of show {}: {}", show.id(), e.getMessage());
            }
        }
        if (++runs % 1_800 == 0) {
            node.lanes.run("", () -> node.liveFires.trimClosed(100_000));
        }
    }
}
