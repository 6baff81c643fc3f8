package io.cuedeck.connector.internal;

import io.cuedeck.connector.CuedeckException;
import io.cuedeck.connector.ForbiddenException;
import io.cuedeck.connector.NotFoundException;
import io.cuedeck.connector.UnauthorizedException;
import io.cuedeck.connector.UntrustedServerException;
import io.cuedeck.protocol.LiveStatus;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a console stream asks {@code GET .../live}, and what the answer means for the link. A 401,
 * 403 or 404, or a server certificate this client does not trust, is a refusal: no try can succeed with this token and show, so the stream should give up
 * with the server's words. Any other failure may pass and is worth another try. Called on the link
 * thread only (both calls block).
 */
final class LiveChecks {

    private static final Logger LOG = LoggerFactory.getLogger(LiveChecks.class);

    private final String showId;
    private final ConsoleConnection.Snapshots snapshots;

    LiveChecks(String showId, ConsoleConnection.Snapshots snapshots) {
        this.showId = showId;
        this.snapshots = snapshots;
    }

    /**
     * Fetches a fresh snapshot for a link that just opened (with retries) and gives it to
     * {@code deliver}. Answers the server's words on a refusal, else null; a failure that may pass
     * is logged, and the link stays up without a snapshot.
     */
    String fetchFresh(Consumer<LiveStatus> deliver) {
        try {
            deliver.accept(snapshots.fetch(true));
            return null;
        } catch (UnauthorizedException | ForbiddenException | NotFoundException | UntrustedServerException e) {
            return e.getMessage();
        } catch (CuedeckException e) {
            LOG.warn("console stream of show {}: no fresh live state after connecting: {}", showId, e.getMessage());
            return null;
        }
    }

    /** One quick probe (no retries) after a break: the server's words on a refusal, else null. */
    String refusal() {
        try {
            snapshots.fetch(false);
            return null;
        } catch (UnauthorizedException | ForbiddenException | NotFoundException | UntrustedServerException e) {
            return e.getMessage();
        } catch (CuedeckException e) {
            return null;
        }
    }
}
