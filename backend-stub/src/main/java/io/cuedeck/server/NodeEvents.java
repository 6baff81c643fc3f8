package io.cuedeck.server;

import io.cuedeck.protocol.ShowStatus;
import io.cuedeck.protocol.console.FireClosed;
import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.protocol.console.ResultsRevealed;
import io.cuedeck.protocol.viewer.ClosedMessage;
import io.cuedeck.protocol.viewer.ResultsMessage;
import io.cuedeck.server.bus.BusMessage;
import io.cuedeck.server.bus.BusMessage.FireEnded;
import io.cuedeck.server.bus.BusMessage.FireSent;
import io.cuedeck.server.bus.BusMessage.ResultsSent;
import io.cuedeck.server.bus.BusMessage.ShowChanged;
import io.cuedeck.server.engine.cold.FireRecord;
import java.util.concurrent.TimeUnit;

/**
 * What this node does with each bus message: its viewers, its consoles, its timers. Runs on the
 * message's show lane: a show's messages in publish order, shows side by side.
 */
final class NodeEvents {

    private final Node node;

    NodeEvents(Node node) {
        this.node = node;
    }

    void listen() {
        node.bus.listen(this::on);
    }

    private void on(BusMessage message) {
        if (message instanceof FireSent sent) {
            fired(sent.fire());
        } else if (message instanceof FireEnded ended) {
            closed(ended);
        } else if (message instanceof ResultsSent results) {
            node.fanOut.broadcast(results.showId(), new ResultsMessage(results.fireId(), results.counts(),
                    results.correctOption()));
            node.consoles.send(results.showId(), new ResultsRevealed(results.fireId(), results.cueId(),
                    results.counts(), results.correctOption()));
        } else if (message instanceof ShowChanged changed) {
            node.shows.changed(changed.showId());
            if (changed.status() == ShowStatus.ENDED) {
                node.liveFires.forgetShow(changed.showId());
                node.viewers.closeShow(changed.showId(), "The show has ended.");
            }
        }
    }

    private void fired(FireRecord fire) {
        node.catalog.remember(fire);
        node.liveFires.opened(fire);
        node.fanOut.fire(fire);
        node.closer.scheduleAutoClose(fire);
        node.consoles.send(fire.showId(), new FireStarted(fire.fireId(), fire.cue().id(), fire.cue().kind(),
                fire.firedAt(), fire.receipt().closesAt(), fire.receipt().targeted()));
    }

    private void closed(FireEnded ended) {
        node.liveFires.closed(ended.showId(), ended.fireId());
        node.fanOut.broadcast(ended.showId(), new ClosedMessage(ended.fireId()));
        node.consoles.send(ended.showId(), new FireClosed(ended.fireId(), ended.cueId(), ended.closedAt()));
        node.ticker.fireClosed(ended.showId(), ended.fireId());
        node.background.timers.schedule(() -> node.delivery.forget(ended.fireId()), 2, TimeUnit.SECONDS);
    }
}
