package io.cuedeck.console.session;

import io.cuedeck.connector.ConsoleListener;
import io.cuedeck.connector.ConsoleStream;
import io.cuedeck.protocol.AuditPage;
import io.cuedeck.protocol.Control;
import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.Fire;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Health;
import io.cuedeck.protocol.LiveStatus;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowReport;
import java.util.List;

/**
 * What the console needs from a backend: the connector's blocking calls (never call them on the
 * FX thread; go through {@code Jobs}) plus what kind of backend this is. {@link ClientBackend}
 * implements it over {@code CuedeckClient}, for the embedded and remote backends alike.
 */
public interface Backend extends AutoCloseable {

    /** Where this backend is, for the status bar: "embedded rehearsal" or the remote URL. */
    String describe();

    /** True for the backend the console started in-process. */
    boolean embedded();

    /** The address the console reaches the backend at ({@code http://127.0.0.1:41873} for a rehearsal). */
    java.net.URI baseUrl();

    /**
     * True while the link to this backend is not encrypted and leaves this computer (http:// to
     * another host, which the user allowed): the status bar warns for as long as it is used.
     */
    default boolean unencrypted() {
        return !embedded() && io.cuedeck.connector.ClientConfig.isUnencryptedRemote(baseUrl());
    }

    /** True for an embedded backend that listens on every interface, so that phones can reach it. */
    default boolean openToNetwork() {
        return false;
    }

    Health health();

    /** Who this backend's token says its holder is ({@code GET /api/v1/me}). */
    io.cuedeck.protocol.Me me();

    List<Show> shows();

    Show createShow(NewShow show);

    Show updateShow(String showId, ShowPatch patch);

    List<Cue> rundown(String showId);

    Cue addCue(String showId, CueDraft draft);

    Cue updateCue(String showId, String cueId, CueDraft draft);

    void deleteCue(String showId, String cueId);

    List<Cue> reorder(String showId, List<String> cueIds);

    /** Fires with the caller's idempotency key: the same key never fires twice. */
    FireReceipt fire(String showId, String cueId, String idempotencyKey, boolean refire);

    Fire close(String showId, String fireId);

    Fire reveal(String showId, String fireId);

    LiveStatus live(String showId);

    FireReport fireReport(String showId, String fireId);

    ShowReport showReport(String showId);

    // --- take-control and the audit trail (issue 13) ---

    /** The id this console gives the backend (the {@code Cuedeck-Console} header); null for none. */
    default String consoleId() {
        return null;
    }

    /** Who holds TAKE for the show, as this console sees it. */
    Control control(String showId);

    /** A take-control step: take, request, accept, decline, release or force. */
    Control controlStep(String showId, String step);

    /** A page of the show's audit trail, newest first. */
    AuditPage audit(String showId, String before, int limit);

    // --- capacity (issue 8) ---

    List<io.cuedeck.protocol.capacity.Boost> boosts(java.time.Instant from, java.time.Instant to);

    io.cuedeck.protocol.capacity.Boost addBoost(io.cuedeck.protocol.capacity.BoostDraft draft);

    io.cuedeck.protocol.capacity.Boost updateBoost(String boostId, io.cuedeck.protocol.capacity.BoostDraft draft);

    void cancelBoost(String boostId);

    io.cuedeck.protocol.capacity.Boost boostNow(io.cuedeck.protocol.capacity.BoostNow request);

    io.cuedeck.protocol.capacity.ImportResult importCalendar(byte[] ics, String name, boolean dryRun);

    io.cuedeck.protocol.capacity.ImportResult importCalendarUrl(String url, boolean dryRun);

    /** With the show's last snapshot (showId may be null). */
    io.cuedeck.protocol.capacity.CapacityState capacity(String showId);

    io.cuedeck.protocol.capacity.CapacityPlan capacityPlan(java.time.Instant from, java.time.Instant to);

    // --- reports (issue 9) ---

    /**
     * Streams a report export (CSV zip or PDF) of a show, or of one fire when {@code fireId} is set,
     * into {@code target}; {@code progress} hears the bytes written on this thread. Blocking;
     * {@code handle} cancels from another thread. Answers the bytes written.
     */
    default long exportReport(String showId, String fireId, io.cuedeck.connector.ReportDownloads.Format format,
            java.nio.file.Path target, io.cuedeck.connector.DownloadListener progress,
            io.cuedeck.connector.ReportDownloads.Handle handle) {
        throw new UnsupportedOperationException("this backend has no report exports");
    }

    /** Two to five shows side by side ({@code GET /api/v1/reports/compare}); blocking. */
    default io.cuedeck.protocol.reports.ShowComparison compare(List<String> showIds) {
        throw new UnsupportedOperationException("this backend cannot compare shows");
    }

    /** What this backend's token may do ({@link TokenRole#probe}); blocking. */
    default TokenRole role() {
        return TokenRole.probe(this);
    }

    /** Opens the console stream; the listener is called on the stream's own thread. */
    ConsoleStream openConsoleStream(String showId, ConsoleListener listener);

    @Override
    void close();
}
