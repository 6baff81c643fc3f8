package io.cuedeck.server.audience;

import io.cuedeck.server.engine.cold.FireRecord;
import io.cuedeck.server.engine.hot.FireReach.Step;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.util.Callback;

/**
 * The fan-out's side of the funnel: a socket there at the fan-out makes its viewer targeted, a
 * write that completes makes it written, a failed write is counted by reason. Only queues into
 * the {@link ReachBatcher}, on whichever thread Jetty completes the write.
 */
final class ReachWrites {

    private final ReachBatcher batcher;

    ReachWrites(ReachBatcher batcher) {
        this.batcher = batcher;
    }

    /**
     * Every node fanning a fire out asks for the show's present viewers to be copied into its
     * funnel: the copy is a set union, so doing it on each node changes nothing but the cost.
     */
    void presentAtTake(FireRecord fire) {
        batcher.presentAt(fire.showId(), fire.fireId(), fire.firedAt());
    }

    /** A socket the fan-out writes to: its viewer was targeted. */
    Callback targeted(FireRecord fire, String viewerId, Callback counted) {
        batcher.step(fire.showId(), fire.fireId(), viewerId, Step.TARGETED);
        return joined(fire, viewerId, counted);
    }

    /** A write to a socket that joined while the fire was open (or one the fan-out made). */
    Callback joined(FireRecord fire, String viewerId, Callback counted) {
        return new Callback() {
            @Override
            public void succeeded() {
                counted.succeeded();
                batcher.step(fire.showId(), fire.fireId(), viewerId, Step.WRITTEN);
                batcher.count(fire.showId(), fire.fireId(), "writes", 1);
            }

            @Override
            public void failed(Throwable error) {
                counted.failed(error);
                batcher.count(fire.showId(), fire.fireId(), "failed:" + reason(error), 1);
            }
        };
    }

    /** {@code closed}, {@code timeout} or {@code error}: what a manager can tell apart. */
    static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ClosedChannelException || t instanceof org.eclipse.jetty.io.EofException
                    || (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("closed"))) {
                return "closed";
            }
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return "timeout";
            }
        }
        return "error";
    }
}
